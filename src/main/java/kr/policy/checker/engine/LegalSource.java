package kr.policy.checker.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of the legal-sources register (rules/sources.yaml, contract §13.4): a statute, decree, notice or
 * announcement in the version the rules were written from, and the day its text was last compared with the official
 * one. {@code line} is where the entry starts in the file, for errors and diffs. {@code earlier} holds the versions
 * the rules also apply, where an encoded provision read otherwise before a date (oldest first): an answer names the
 * version in force on its case's legal date ({@link #inForceOn}); {@code until} is null for the newest version, else
 * the last day the version was in force.
 */
public record LegalSource(String id, String title, String kind, String number, LocalDate promulgated,
                          LocalDate effective, LocalDate checkedOn, String url, int line, List<Version> earlier,
                          LocalDate until) {

    /**
     * An earlier version of an encoded provision: its number (or a statement that it is not confirmed), the days it
     * was promulgated and took effect where known (null: not confirmed), and the last day it was in force.
     */
    public record Version(String number, LocalDate promulgated, LocalDate effective, LocalDate until, int line) {
    }

    public LegalSource {
        earlier = earlier == null ? List.of() : List.copyOf(earlier);
    }

    public LegalSource(String id, String title, String kind, String number, LocalDate promulgated,
                       LocalDate effective, LocalDate checkedOn, String url, int line) {
        this(id, title, kind, number, promulgated, effective, checkedOn, url, line, List.of(), null);
    }

    /**
     * The version in force on {@code date}: this entry from its effective date (or with no date), else the earliest
     * listed version still in force then. A date before every listed version gets the oldest one listed: the register
     * lists a version where the rules' text changed, not every version ever promulgated.
     */
    public LegalSource inForceOn(LocalDate date) {
        if (date == null || earlier.isEmpty() || !date.isBefore(effective)) {
            return this;
        }
        for (Version v : earlier) {
            if (!date.isAfter(v.until())) {
                return new LegalSource(id, title, kind, v.number(), v.promulgated(), v.effective(), checkedOn, url,
                        v.line(), List.of(), v.until());
            }
        }
        return this;
    }

    /** Whether the text was last compared with the official one before {@code today} minus a year. */
    public boolean checkedLongAgo(LocalDate today) {
        return checkedOn.isBefore(today.minusYears(1));
    }
}
