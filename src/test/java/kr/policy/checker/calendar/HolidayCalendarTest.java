package kr.policy.checker.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every day of 2024–2026 against the legal briefing §6.2, and the substitute rules of 제3조. */
class HolidayCalendarTest {
    private final HolidayCalendar calendar = CalendarFixture.CALENDAR;

    static Stream<Arguments> years() {
        return Stream.of(
                Arguments.of(2024, List.of("01-01", "02-09", "02-10", "02-11", "02-12", "03-01", "04-10", "05-05",
                        "05-06", "05-15", "06-06", "08-15", "09-16", "09-17", "09-18", "10-01", "10-03", "10-09",
                        "12-25")),
                Arguments.of(2025, List.of("01-01", "01-27", "01-28", "01-29", "01-30", "03-01", "03-03", "05-05",
                        "05-06", "06-03", "06-06", "08-15", "10-03", "10-05", "10-06", "10-07", "10-08", "10-09",
                        "12-25")),
                Arguments.of(2026, List.of("01-01", "02-16", "02-17", "02-18", "03-01", "03-02", "05-01", "05-05",
                        "05-24", "05-25", "06-03", "06-06", "07-17", "08-15", "08-17", "09-24", "09-25", "09-26",
                        "10-03", "10-05", "10-09", "12-25")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void everyDayOfTheYearMatchesTheBriefing(int year, List<String> expected) {
        Set<LocalDate> holidays = expected.stream().map(md -> LocalDate.parse(year + "-" + md))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<LocalDate> listed = calendar.holidaysIn(year).stream().map(Holiday::date)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(holidays, listed, "holiday dates of " + year);
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            assertEquals(weekend || holidays.contains(d), calendar.isOffDay(d), d.toString());
        }
    }

    @Test
    void holidaysAreListedInDateOrderWithBothNamesAndABasis() {
        List<Holiday> list = calendar.holidaysIn(2025);
        for (int i = 1; i < list.size(); i++) {
            assertFalse(list.get(i).date().isBefore(list.get(i - 1).date()));
        }
        list.forEach(h -> {
            assertFalse(h.name().isBlank());
            assertFalse(h.nameEn().isBlank());
            assertTrue(h.legalBasis().contains("관공서의 공휴일에 관한 규정"), h.toString());
        });
    }

    @Test
    void twoHolidaysOnOneWeekdayEarnOneSubstitute() {
        List<Holiday> may5 = calendar.holidaysOn(LocalDate.of(2025, 5, 5));
        assertEquals(Set.of("어린이날", "부처님 오신 날"), may5.stream().map(Holiday::name).collect(Collectors.toSet()));
        List<Holiday> may6 = calendar.holidaysOn(LocalDate.of(2025, 5, 6));
        assertEquals(1, may6.size());
        assertEquals(HolidayKind.SUBSTITUTE, may6.get(0).kind());
        assertFalse(calendar.isOffDay(LocalDate.of(2025, 5, 7)));
    }

    @Test
    void seollalOnASaturdayEarnsNothingButOnASundayItDoes() {
        // 2024-02-10 설날 (Sat): no substitute for it; 2024-02-11 (Sun) earns 02-12.
        assertEquals(HolidayKind.SUBSTITUTE, calendar.holidaysOn(LocalDate.of(2024, 2, 12)).get(0).kind());
        assertTrue(calendar.holidaysOn(LocalDate.of(2024, 2, 13)).isEmpty());
        // 2026-09-26 추석 다음 날 (Sat): no substitute.
        assertTrue(calendar.holidaysOn(LocalDate.of(2026, 9, 28)).isEmpty());
    }

    @Test
    void holidaysAddedIn2026AreNotHolidaysBefore() {
        assertFalse(calendar.isOffDay(LocalDate.of(2025, 5, 1)), "노동절 is a holiday only from 2026-05-01");
        assertTrue(calendar.isOffDay(LocalDate.of(2026, 5, 1)));
        assertFalse(calendar.isOffDay(LocalDate.of(2025, 7, 17)), "제헌절 only from 2026-05-11");
        assertTrue(calendar.isOffDay(LocalDate.of(2026, 7, 17)));
        // 2027-07-17 is a Saturday: 제헌절 earns a substitute on Monday 07-19.
        assertEquals(HolidayKind.SUBSTITUTE, calendar.holidaysOn(LocalDate.of(2027, 7, 19)).get(0).kind());
    }

    @Test
    void substitutesFollowTheRulesInForceInEarlierYears() {
        // 2021: 국경일 substitutes from 2021-08-04 (광복절 Sun → 08-16), not yet for 기독탄신일 (Sat 12-25).
        assertTrue(calendar.isOffDay(LocalDate.of(2021, 8, 16)));
        assertFalse(calendar.isOffDay(LocalDate.of(2021, 12, 27)));
        // 2022: 부처님 오신 날 on Sunday 05-08 earned nothing before 2023-05-04.
        assertFalse(calendar.isOffDay(LocalDate.of(2022, 5, 9)));
        // 2023-05-27 (Sat) 부처님 오신 날 → 05-29.
        assertTrue(calendar.isOffDay(LocalDate.of(2023, 5, 29)));
        // 2020-03-01 (Sun) earned nothing then.
        assertFalse(calendar.isOffDay(LocalDate.of(2020, 3, 2)));
    }

    @Test
    void datesOutsideTheCoveredSpanAreRefused() {
        assertThrows(OutsideCalendarException.class, () -> calendar.isOffDay(LocalDate.of(2019, 12, 31)));
        assertThrows(OutsideCalendarException.class, () -> calendar.holidaysIn(2031));
        assertEquals(LocalDate.of(2020, 1, 1), calendar.coveredFrom());
        assertEquals(LocalDate.of(2030, 12, 31), calendar.coveredTo());
    }

    @Test
    void everyCoveredYearHasItsLunarHolidays() {
        for (int year = 2020; year <= 2030; year++) {
            long lunar = calendar.holidaysIn(year).stream().filter(h -> h.kind() == HolidayKind.LUNAR).count();
            assertEquals(7, lunar, "설 ×3, 부처님 오신 날, 추석 ×3 in " + year);
        }
    }
}
