package kr.policy.checker.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one reading of a date: YYYY-MM-DD, a real day, year 0001–9999; no other shape. */
class CalendarDatesTest {
    @ParameterizedTest
    @CsvSource({"2024-03-04", "2024-02-29", "0001-01-01", "9999-12-31", "2026-08-11"})
    void aCalendarDayReadsAsItself(String text) {
        assertEquals(LocalDate.parse(text), CalendarDates.parseOrNull(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-04T23:59:59Z", "2024-03-04T00:00:00", "2024-03-04T15:30:30.123Z",
            "+10000-01-01", "-0001-01-01", "0000-01-01", "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10",
            "2024-3-4", " 2024-03-04", "2024-03-04 ", "20240304", "2024/03/04", "2024-W10-1", "2024-064", "",
            "２０２４-03-04", "yesterday"})
    void nothingElseIsADate(String text) {
        assertNull(CalendarDates.parseOrNull(text), text);
    }

    @ParameterizedTest
    @CsvSource({"2024-05,2024-05", "0001-01,0001-01"})
    void aMonthIsYyyyMm(String text, String month) {
        assertEquals(YearMonth.parse(month), CalendarDates.monthOrNull(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01", "2024-13", "2024-5", "2024-05-01", "0000-01", ""})
    void nothingElseIsAMonth(String text) {
        assertNull(CalendarDates.monthOrNull(text), text);
    }
}
