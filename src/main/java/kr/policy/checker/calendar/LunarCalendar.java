package kr.policy.checker.calendar;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.DangiCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Finds the solar dates of a lunar month/day with ICU4J's Korean (Dangi) calendar. */
final class LunarCalendar {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private LunarCalendar() {
    }

    /** Every solar date in [from, to] that is lunar month/day in a non-leap month. */
    static List<LocalDate> solarDatesOf(int lunarMonth, int lunarDay, LocalDate from, LocalDate to) {
        DangiCalendar dangi = new DangiCalendar(TimeZone.getTimeZone("Asia/Seoul"), ULocale.KOREA);
        List<LocalDate> found = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            // noon avoids any edge of the day in the conversion
            dangi.setTimeInMillis(d.atTime(12, 0).atZone(SEOUL).toInstant().toEpochMilli());
            if (dangi.get(Calendar.IS_LEAP_MONTH) == 0
                    && dangi.get(Calendar.MONTH) + 1 == lunarMonth
                    && dangi.get(Calendar.DAY_OF_MONTH) == lunarDay) {
                found.add(d);
            }
        }
        return found;
    }
}
