package kr.policy.checker.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KoreanWonTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "20000000000|200억 원",
            "64285714|6,428만 5,714원",
            "15000000000|150억 원",
            "42857142|4,285만 7,142원",
            "100000000|1억 원",
            "123456789012345|123조 4,567억 8,901만 2,345원",
            "5714|5,714원",
            "10000|1만 원",
            "0|0원",
            "-30000000|-3,000만 원",
    })
    void writesWonAsKoreansDo(long amount, String expected) {
        assertEquals(expected, KoreanWon.format(amount));
    }

    @org.junit.jupiter.api.Test
    void nullStaysNull() {
        assertNull(KoreanWon.format((Long) null));
    }
}
