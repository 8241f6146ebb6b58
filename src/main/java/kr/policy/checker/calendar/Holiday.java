package kr.policy.checker.calendar;

import java.time.LocalDate;

/** One public holiday on one date. */
public record Holiday(LocalDate date, String name, String nameEn, HolidayKind kind, String legalBasis) {
}
