package kr.policy.checker.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * The one reading of a date the service accepts from anyone: {@code YYYY-MM-DD}, a real calendar day, year 0001 to
 * 9999. Nothing else is a date here: not a date-time (whose day depends on a zone the caller did not say), not a
 * signed or five-digit year, not a week or ordinal date, not surrounding spaces. Every adapter (JSON bodies, query
 * parameters, forms, CSV) reads dates through this class, so one rule holds everywhere.
 */
public final class CalendarDates {
    /** uuuu (proleptic year, no era) so that STRICT resolution needs no era field. */
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private CalendarDates() {
    }

    /** The date {@code text} names, or null when it is not a date by the rule above. */
    public static LocalDate parseOrNull(CharSequence text) {
        if (text == null || !shapeOk(text)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text, STRICT);
            return date.getYear() >= 1 ? date : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The date {@code text} names; {@link DateTimeException} when it is not one. */
    public static LocalDate parse(CharSequence text) {
        LocalDate date = parseOrNull(text);
        if (date == null) {
            throw new DateTimeException("not a calendar date (YYYY-MM-DD, year 0001-9999): " + text);
        }
        return date;
    }

    /** The month {@code text} names as {@code YYYY-MM} (year 0001 to 9999), or null when it names none. */
    public static java.time.YearMonth monthOrNull(CharSequence text) {
        LocalDate first = text == null || text.length() != 7 ? null : parseOrNull(text + "-01");
        return first == null ? null : java.time.YearMonth.from(first);
    }

    /** Ten characters, digits with hyphens at 4 and 7: checked before parsing so that no other shape ever parses. */
    private static boolean shapeOk(CharSequence text) {
        if (text.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            boolean ok = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
