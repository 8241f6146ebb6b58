package kr.policy.checker.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;

/**
 * The public holidays of 관공서의 공휴일에 관한 규정 over the covered span, each as in force on its own date.
 * Immutable; built once per rule set by {@link HolidayCalendarBuilder}.
 */
public final class HolidayCalendar {
    private final LocalDate coveredFrom;
    private final LocalDate coveredTo;
    private final LocalDate knownAsOf;
    private final NavigableMap<LocalDate, List<Holiday>> holidays;

    HolidayCalendar(LocalDate coveredFrom, LocalDate coveredTo, LocalDate knownAsOf,
                    NavigableMap<LocalDate, List<Holiday>> holidays) {
        this.coveredFrom = coveredFrom;
        this.coveredTo = coveredTo;
        this.knownAsOf = knownAsOf;
        this.holidays = holidays;
    }

    public LocalDate coveredFrom() { return coveredFrom; }
    public LocalDate coveredTo() { return coveredTo; }
    public LocalDate knownAsOf() { return knownAsOf; }

    public boolean covers(LocalDate date) {
        return !date.isBefore(coveredFrom) && !date.isAfter(coveredTo);
    }

    public void requireCovered(LocalDate date) {
        if (!covers(date)) {
            throw new OutsideCalendarException(date, coveredFrom, coveredTo);
        }
    }

    /** A Saturday, a Sunday or a public holiday: the days 민법 제161조 and 민원처리법 제19조 pass over. */
    public boolean isOffDay(LocalDate date) {
        requireCovered(date);
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY || holidays.containsKey(date);
    }

    /** The holidays on a date (empty on an ordinary day or an ordinary Sunday). */
    public List<Holiday> holidaysOn(LocalDate date) {
        requireCovered(date);
        return holidays.getOrDefault(date, List.of());
    }

    /** Every holiday of a year other than ordinary Sundays, in date order. */
    public List<Holiday> holidaysIn(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        requireCovered(first);
        requireCovered(last);
        return holidays.subMap(first, true, last, true).values().stream()
                .flatMap(List::stream)
                .toList();
    }

    /** The day's name for a person: its holidays, else its weekday. */
    public SkippedDay describeOffDay(LocalDate date) {
        List<Holiday> on = holidaysOn(date);
        if (!on.isEmpty()) {
            return new SkippedDay(date,
                    String.join("·", on.stream().map(Holiday::name).toList()),
                    String.join(", ", on.stream().map(Holiday::nameEn).toList()));
        }
        return date.getDayOfWeek() == DayOfWeek.SATURDAY
                ? new SkippedDay(date, "토요일", "Saturday")
                : new SkippedDay(date, "일요일", "Sunday");
    }
}
