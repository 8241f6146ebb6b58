package kr.policy.checker.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Turns the holiday data file into dated holidays: fixed and lunar days for every covered year, declared days,
 * then the 대체공휴일 of 제3조 in date order.
 */
public final class HolidayCalendarBuilder {
    /** A lunar holiday can sit this far from the solar year it is searched in (설 in late January). */
    private static final int LUNAR_MARGIN_DAYS = 40;

    private record Occurrence(Holiday holiday, HolidayFile.Definition definition) {
    }

    private HolidayCalendarBuilder() {
    }

    public static HolidayCalendar build(HolidayFile file) {
        HolidayFile.Coverage coverage = file.coverage();
        NavigableMap<LocalDate, List<Occurrence>> base = new TreeMap<>();
        for (HolidayFile.Definition def : file.holidays()) {
            for (Occurrence o : occurrences(def, coverage)) {
                base.computeIfAbsent(o.holiday().date(), d -> new ArrayList<>()).add(o);
            }
        }
        NavigableMap<LocalDate, List<Holiday>> all = new TreeMap<>();
        base.forEach((date, list) -> all.put(date, new ArrayList<>(list.stream().map(Occurrence::holiday).toList())));
        addSubstitutes(base, all, file.substituteHoliday(), coverage.to());
        NavigableMap<LocalDate, List<Holiday>> frozen = new TreeMap<>();
        all.forEach((date, list) -> frozen.put(date, List.copyOf(list)));
        return new HolidayCalendar(coverage.from(), coverage.to(), coverage.knownAsOf(),
                Collections.unmodifiableNavigableMap(frozen));
    }

    private static List<Occurrence> occurrences(HolidayFile.Definition def, HolidayFile.Coverage coverage) {
        List<Occurrence> out = new ArrayList<>();
        if (def.fixed() != null) {
            for (int year = coverage.from().getYear(); year <= coverage.to().getYear(); year++) {
                LocalDate date = LocalDate.of(year, def.fixed().month(), def.fixed().day());
                addIfInForce(out, def, date, def.name(), def.nameEn(), coverage);
            }
        } else if (def.lunar() != null) {
            List<LocalDate> dates = LunarCalendar.solarDatesOf(def.lunar().month(), def.lunar().day(),
                    coverage.from().minusDays(LUNAR_MARGIN_DAYS), coverage.to().plusDays(LUNAR_MARGIN_DAYS));
            for (LocalDate lunarDay : dates) {
                addIfInForce(out, def, lunarDay.plusDays(def.lunar().offsetDays()), def.name(), def.nameEn(), coverage);
            }
        } else {
            for (HolidayFile.Day day : def.days()) {
                addIfInForce(out, def, day.date(), day.name(), day.nameEn(), coverage);
            }
        }
        return out;
    }

    private static void addIfInForce(List<Occurrence> out, HolidayFile.Definition def, LocalDate date,
                                     String name, String nameEn, HolidayFile.Coverage coverage) {
        if (def.inForceOn(date) && !date.isBefore(coverage.from()) && !date.isAfter(coverage.to())) {
            out.add(new Occurrence(new Holiday(date, name, nameEn, def.kind(), def.legalBasis()), def));
        }
    }

    /** 제3조: count the substitutes each date earns, then give each the first following non-holiday. */
    private static void addSubstitutes(NavigableMap<LocalDate, List<Occurrence>> base,
                                       NavigableMap<LocalDate, List<Holiday>> all,
                                       HolidayFile.SubstituteNaming naming, LocalDate coveredTo) {
        for (Map.Entry<LocalDate, List<Occurrence>> entry : base.entrySet()) {
            LocalDate date = entry.getKey();
            List<Occurrence> earning = earningSubstitute(date, entry.getValue());
            int count = substituteCount(date, entry.getValue(), earning);
            if (count == 0) {
                continue;
            }
            String of = String.join("·", earning.stream().map(o -> o.holiday().name()).toList());
            String ofEn = String.join(", ", earning.stream().map(o -> o.holiday().nameEn()).toList());
            LocalDate candidate = date;
            for (int i = 0; i < count; i++) {
                candidate = nextNonHoliday(candidate, all);
                if (candidate.isAfter(coveredTo)) {
                    break;
                }
                all.computeIfAbsent(candidate, d -> new ArrayList<>()).add(new Holiday(candidate,
                        naming.name() + "(" + of + ")", naming.nameEn() + " (" + ofEn + ")",
                        HolidayKind.SUBSTITUTE, naming.legalBasis()));
            }
        }
    }

    /** The holidays on a date that earn a substitute under 제3조제1항 제1호–제3호. */
    private static List<Occurrence> earningSubstitute(LocalDate date, List<Occurrence> on) {
        DayOfWeek dow = date.getDayOfWeek();
        return on.stream().filter(o -> o.definition().substituteActiveOn(date)).filter(o -> {
            HolidayFile.Substitute s = o.definition().substitute();
            return switch (dow) {
                case SATURDAY -> s.saturday();
                case SUNDAY -> s.sunday();
                default -> s.coincidence() && o.definition().countsForCoincidence();
            };
        }).toList();
    }

    private static int substituteCount(LocalDate date, List<Occurrence> on, List<Occurrence> earning) {
        DayOfWeek dow = date.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return earning.size();
        }
        // On a weekday k coinciding holidays of 제2조제2호–제10호 leave one day and need k − 1 more (2025-05-05 → 05-06).
        long coinciding = on.stream().filter(o -> o.definition().countsForCoincidence()).count();
        return (int) Math.min(earning.size(), Math.max(0, coinciding - 1));
    }

    /** 제3조제1항 "다음의 첫 번째 비공휴일", skipping Saturdays (제3항) and substitutes already given (제2항). */
    private static LocalDate nextNonHoliday(LocalDate after, Map<LocalDate, List<Holiday>> taken) {
        LocalDate d = after.plusDays(1);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || taken.containsKey(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
