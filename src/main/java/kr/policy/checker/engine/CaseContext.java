package kr.policy.checker.engine;

import java.time.LocalDate;

/**
 * The facts about time that every evaluation carries: the day the case is judged on, and the legal date that picks
 * which rules are in force.
 */
public record CaseContext(LocalDate asOf, LocalDate legalDate) {
    public LocalDate getAsOf() {
        return asOf;
    }

    public LocalDate getLegalDate() {
        return legalDate;
    }
}
