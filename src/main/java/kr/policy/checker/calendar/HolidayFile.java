package kr.policy.checker.calendar;

import java.time.LocalDate;
import java.util.List;

/** The holiday data file (rules/calendar/holidays.yaml) as written by the operator. */
public record HolidayFile(Coverage coverage, List<Definition> holidays, SubstituteNaming substituteHoliday) {

    /** The span of dates the file answers for; outside it the calendar refuses to guess. */
    public record Coverage(LocalDate from, LocalDate to, LocalDate knownAsOf) {
    }

    /** One holiday of 제2조: exactly one of fixed, lunar or days says when it falls. */
    public record Definition(String id, String name, String nameEn, HolidayKind kind, String legalBasis,
                             Fixed fixed, Lunar lunar, List<Day> days, LocalDate validFrom, LocalDate validTo,
                             boolean countsForCoincidence, Substitute substitute) {

        boolean inForceOn(LocalDate date) {
            return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
        }

        boolean substituteActiveOn(LocalDate date) {
            return substitute != null && !date.isBefore(substitute.from());
        }
    }

    public record Fixed(int month, int day) {
    }

    /** A day of the lunar calendar; offsetDays shifts it (설날 전날 is lunar 1/1 − 1, the last day of lunar 12). */
    public record Lunar(int month, int day, int offsetDays) {
    }

    public record Day(LocalDate date, String name, String nameEn, String note) {
    }

    /** From when, and on what, the holiday earns a 대체공휴일 (제3조제1항 각 호). */
    public record Substitute(LocalDate from, boolean saturday, boolean sunday, boolean coincidence) {
    }

    public record SubstituteNaming(String name, String nameEn, String legalBasis) {
    }
}
