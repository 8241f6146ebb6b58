package kr.policy.checker.calendar;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.DangiCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Finds the solar dates of a lunar month/day with ICU4J's Korean (Dangi) calendar. */
final class LunarCalendar {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private LunarCalendar() {
    }

    /**
     * Every solar date in [from, to] that is lunar month/day in a non-leap month. One conversion per lunar year,
     * lunar to solar, then checked back: converting every day of the span solar to lunar cost about a second of
     * every start.
     */
    static List<LocalDate> solarDatesOf(int lunarMonth, int lunarDay, LocalDate from, LocalDate to) {
        DangiCalendar dangi = new DangiCalendar(TimeZone.getTimeZone("Asia/Seoul"), ULocale.KOREA);
        List<LocalDate> found = new ArrayList<>();
        for (int year = from.getYear() - 1; year <= to.getYear(); year++) {
            // the lunar year that began in this solar year: its new year's day is in January or February
            dangi.setTimeInMillis(noon(LocalDate.of(year, 7, 1)));
            int lunarYear = dangi.get(Calendar.EXTENDED_YEAR);
            dangi.clear();
            dangi.set(Calendar.EXTENDED_YEAR, lunarYear);
            dangi.set(Calendar.MONTH, lunarMonth - 1);
            dangi.set(Calendar.IS_LEAP_MONTH, 0);
            dangi.set(Calendar.DAY_OF_MONTH, lunarDay);
            LocalDate date = Instant.ofEpochMilli(dangi.getTimeInMillis()).atZone(SEOUL).toLocalDate();
            // a day the month lacks (the 30th of a short month) lands in the next month: that year has no such day
            dangi.setTimeInMillis(noon(date));
            boolean exact = dangi.get(Calendar.IS_LEAP_MONTH) == 0 && dangi.get(Calendar.MONTH) + 1 == lunarMonth
                    && dangi.get(Calendar.DAY_OF_MONTH) == lunarDay;
            if (exact && !date.isBefore(from) && !date.isAfter(to)) {
                found.add(date);
            }
        }
        return found;
    }

    /** Noon avoids any edge of the day in the conversion. */
    private static long noon(LocalDate date) {
        return date.atTime(12, 0).atZone(SEOUL).toInstant().toEpochMilli();
    }
}
