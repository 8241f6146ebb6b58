package kr.policy.checker.engine;

import java.time.LocalDate;

/**
 * One entry of the legal-sources register (rules/sources.yaml, contract §13.4): a statute, decree, notice or
 * announcement in the version the rules were written from, and the day its text was last compared with the official
 * one. {@code line} is where the entry starts in the file, for errors and diffs.
 */
public record LegalSource(String id, String title, String kind, String number, LocalDate promulgated,
                          LocalDate effective, LocalDate checkedOn, String url, int line) {

    /** Whether the text was last compared with the official one before {@code today} minus a year. */
    public boolean checkedLongAgo(LocalDate today) {
        return checkedOn.isBefore(today.minusYears(1));
    }
}
