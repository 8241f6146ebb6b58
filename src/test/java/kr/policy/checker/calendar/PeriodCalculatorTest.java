package kr.policy.checker.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked examples of legal briefing §5.3 and the three conventions. */
class PeriodCalculatorTest {
    private final PeriodCalculator periods = new PeriodCalculator(CalendarFixture.CALENDAR);

    @ParameterizedTest(name = "{0} + {1} days")
    @CsvSource({
            // start,   days, CIVIL expiry, day after,  MINWON business days
            "2024-03-04, 60, 2024-05-03, 2024-05-04, 2024-05-29",
            "2024-08-02, 60, 2024-10-02, 2024-10-03, 2024-11-04",
            "2024-03-04, 15, 2024-03-19, 2024-03-20, 2024-03-22",
            "2024-09-02, 15, 2024-09-19, 2024-09-20, 2024-09-25",
            "2024-09-02, 45, 2024-10-17, 2024-10-18, 2024-11-11",
            "2025-08-22, 45, 2025-10-10, 2025-10-11, 2025-10-30",
            "2026-03-20, 60, 2026-05-19, 2026-05-20, 2026-06-17",
            "2026-09-11, 15, 2026-09-28, 2026-09-29, 2026-10-06",
    })
    void workedExamplesOfTheBriefing(LocalDate start, int days, LocalDate civil, LocalDate dayAfter, LocalDate minwon) {
        Period p = periods.period(start, days, Convention.CIVIL);
        assertEquals(civil, p.expiryDate());
        assertEquals(dayAfter, p.dayAfterExpiry());
        assertEquals(minwon, periods.expiry(start, days, Convention.MINWON_BUSINESS_DAYS));
    }

    @Test
    void rolloverNamesTheDaysItPassesOver() {
        // 2024-09-02 + 15 = 09-17 (추석) → 09-17, 09-18 skipped → 09-19
        Period p = periods.period(LocalDate.of(2024, 9, 2), 15, Convention.CIVIL);
        assertEquals(List.of(LocalDate.of(2024, 9, 17), LocalDate.of(2024, 9, 18)),
                p.skippedDays().stream().map(SkippedDay::date).toList());
        assertEquals("추석", p.skippedDays().get(0).name());
        assertEquals("Chuseok", p.skippedDays().get(0).nameEn());
    }

    @Test
    void rolloverOverAWeekendAndATemporaryHoliday() {
        // 2024-08-02 + 60 = 10-01 (국군의 날 임시공휴일) → 10-02
        Period p = periods.period(LocalDate.of(2024, 8, 2), 60, Convention.CIVIL);
        assertEquals("국군의 날 임시공휴일", p.skippedDays().get(0).name());
        // 2026-09-11 + 15 = 09-26 (Sat, 추석 다음 날) and 09-27 (Sun)
        Period q = periods.period(LocalDate.of(2026, 9, 11), 15, Convention.CIVIL);
        assertEquals(List.of("추석 다음 날", "일요일"), q.skippedDays().stream().map(SkippedDay::name).toList());
    }

    @Test
    void noRolloverKeepsTheRawLastDay() {
        assertEquals(LocalDate.of(2024, 9, 17), periods.expiry(LocalDate.of(2024, 9, 2), 15, Convention.CIVIL_NO_ROLLOVER));
        assertEquals(List.of(), periods.period(LocalDate.of(2024, 9, 2), 15, Convention.CIVIL_NO_ROLLOVER).skippedDays());
    }

    @Test
    void businessDaysCountTheFirstDay() {
        // Monday 2024-03-04 is day 1; five business days end on Friday 03-08
        assertEquals(LocalDate.of(2024, 3, 8), periods.expiry(LocalDate.of(2024, 3, 4), 5, Convention.MINWON_BUSINESS_DAYS));
        // a start on a Saturday is not counted
        assertEquals(LocalDate.of(2024, 3, 4), periods.expiry(LocalDate.of(2024, 3, 2), 1, Convention.MINWON_BUSINESS_DAYS));
    }

    @Test
    void aPeriodRunningPastTheCalendarIsRefused() {
        assertThrows(OutsideCalendarException.class,
                () -> periods.expiry(LocalDate.of(2030, 12, 1), 60, Convention.CIVIL));
        assertThrows(OutsideCalendarException.class,
                () -> periods.expiry(LocalDate.of(2019, 12, 1), 60, Convention.CIVIL));
    }
}
