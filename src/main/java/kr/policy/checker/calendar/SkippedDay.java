package kr.policy.checker.calendar;

import java.time.LocalDate;

/** A day a period passed over because it was a Saturday, a Sunday or a public holiday. */
public record SkippedDay(LocalDate date, String name, String nameEn) {
}
