package kr.policy.checker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import kr.policy.checker.domain.region.Sido;
import kr.policy.checker.domain.region.UnknownRegionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every 시·도 by full name, short name, English name and code, old codes and names included. */
class SidoTest {
    @ParameterizedTest
    @EnumSource(Sido.class)
    void everyFormOfEveryRegionIsRecognised(Sido sido) {
        assertEquals(sido, Sido.find(sido.fullName()));
        assertEquals(sido, Sido.find(sido.shortName()));
        assertEquals(sido, Sido.find(sido.englishName()));
        assertEquals(sido, Sido.find(sido.englishName().toUpperCase()));
        assertEquals(sido, Sido.find(sido.code()));
        assertEquals(sido, Sido.find(sido.name()));
    }

    @ParameterizedTest
    @CsvSource({
            "42, GANGWON", "51, GANGWON", "강원도, GANGWON", "Gangwon-do, GANGWON",
            "45, JEONBUK", "52, JEONBUK", "전라북도, JEONBUK", "Jeollabuk-do, JEONBUK", "North Jeolla, JEONBUK",
            "' 경기 도 ', GYEONGGI", "gyeonggi-do, GYEONGGI", "Seoul Special City, SEOUL", "제주도, JEJU",
            "Chungcheongnam-do, CHUNGNAM", "South Gyeongsang, GYEONGNAM",
    })
    void oldAndVariantForms(String text, Sido expected) {
        assertEquals(expected, Sido.find(text));
    }

    @Test
    void seventeenRegions() {
        assertEquals(17, Sido.values().length);
    }

    @Test
    void anythingElseIsRefused() {
        assertNull(Sido.find("Tokyo"));
        assertNull(Sido.find("99"));
        assertNull(Sido.find(""));
        assertThrows(UnknownRegionException.class, () -> Sido.parse("경기시"));
    }
}
