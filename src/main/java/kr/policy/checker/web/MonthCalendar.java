package kr.policy.checker.web;

import io.quarkus.qute.TemplateData;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.policy.checker.calendar.HolidayCalendar;
import kr.policy.checker.text.Language;

/**
 * A month of a clerk's cases: the weeks from Sunday to Saturday, each day with its public holidays (from the rule
 * set's calendar) and the dates of the organization's cases that fall on it, each linking to its case; today marked.
 */
final class MonthCalendar {

    /** A case's date on a day: what it is (in words), the case, where it links, and whether it has passed. */
    @TemplateData
    record Entry(String label, String title, String link, String kind, String status) {
    }

    @TemplateData
    record Day(String date, int dayOfMonth, boolean inMonth, boolean today, boolean sunday, boolean saturday,
               String holiday, List<Entry> entries) {
        public boolean offDay() {
            return sunday || holiday != null;
        }
    }

    @TemplateData
    record Week(List<Day> days) {
    }

    @TemplateData
    record Month(String title, String month, String previous, String next, List<String> weekdays, List<Week> weeks,
                 int count) {
    }

    /** A dated entry before it is placed on its day. */
    record Dated(LocalDate date, Entry entry) {
    }

    private MonthCalendar() {
    }

    static Month of(YearMonth month, LocalDate today, List<Dated> dated, HolidayCalendar holidays, Language language,
                    Map<String, String> texts) {
        Map<LocalDate, List<Entry>> byDay = dated.stream().filter(d -> YearMonth.from(d.date()).equals(month))
                .collect(Collectors.groupingBy(Dated::date, LinkedHashMap::new,
                        Collectors.mapping(Dated::entry, Collectors.toList())));
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        List<Week> weeks = new ArrayList<>();
        List<Day> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            String holiday = null;
            if (holidays.covers(d) && !holidays.holidaysOn(d).isEmpty()) {
                holiday = holidays.holidaysOn(d).stream()
                        .map(h -> language == Language.KO ? h.name() : h.nameEn())
                        .collect(Collectors.joining(" · "));
            }
            days.add(new Day(d.toString(), d.getDayOfMonth(), YearMonth.from(d).equals(month), d.equals(today),
                    d.getDayOfWeek() == DayOfWeek.SUNDAY, d.getDayOfWeek() == DayOfWeek.SATURDAY, holiday,
                    byDay.getOrDefault(d, List.of())));
            if (days.size() == 7) {
                weeks.add(new Week(days));
                days = new ArrayList<>();
            }
        }
        List<String> weekdays = List.of(texts.get("calendar.sun"), texts.get("calendar.mon"), texts.get("calendar.tue"),
                texts.get("calendar.wed"), texts.get("calendar.thu"), texts.get("calendar.fri"), texts.get("calendar.sat"));
        String title = language == Language.KO ? month.getYear() + "년 " + month.getMonthValue() + "월"
                : month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                        + month.getYear();
        return new Month(title, month.toString(), month.minusMonths(1).toString(), month.plusMonths(1).toString(),
                weekdays, weeks, byDay.values().stream().mapToInt(List::size).sum());
    }
}
