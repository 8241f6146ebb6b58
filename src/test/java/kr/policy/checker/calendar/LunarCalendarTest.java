package kr.policy.checker.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.DangiCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lunar-to-solar conversion finds exactly the days a day-by-day solar-to-lunar scan finds. */
class LunarCalendarTest {
    private static final LocalDate FROM = LocalDate.of(1990, 1, 1);
    private static final LocalDate TO = LocalDate.of(2060, 12, 31);

    @ParameterizedTest(name = "lunar {0}/{1}")
    @CsvSource({"1, 1", "1, 2", "12, 30", "4, 8", "8, 14", "8, 15", "8, 16", "2, 30", "11, 30"})
    void matchesADayByDayScan(int month, int day) {
        assertEquals(scan(month, day), LunarCalendar.solarDatesOf(month, day, FROM, TO));
    }

    @ParameterizedTest(name = "lunar 1/1 within {0} to {1}")
    @CsvSource({"2024-02-10, 2024-02-10", "2024-02-11, 2025-01-28", "2024-01-01, 2026-12-31"})
    void theSpanIsInclusiveAtBothEnds(LocalDate from, LocalDate to) {
        assertEquals(scanBetween(1, 1, from, to), LunarCalendar.solarDatesOf(1, 1, from, to));
    }

    private static List<LocalDate> scan(int month, int day) {
        return scanBetween(month, day, FROM, TO);
    }

    /** The obvious and slow way: convert every day. */
    private static List<LocalDate> scanBetween(int month, int day, LocalDate from, LocalDate to) {
        DangiCalendar dangi = new DangiCalendar(TimeZone.getTimeZone("Asia/Seoul"), ULocale.KOREA);
        List<LocalDate> found = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            dangi.setTimeInMillis(d.atTime(12, 0).atZone(ZoneId.of("Asia/Seoul")).toInstant().toEpochMilli());
            if (dangi.get(Calendar.IS_LEAP_MONTH) == 0 && dangi.get(Calendar.MONTH) + 1 == month
                    && dangi.get(Calendar.DAY_OF_MONTH) == day) {
                found.add(d);
            }
        }
        return found;
    }
}
