package kr.policy.checker.engine;

/**
 * Inserted by a rule that finds a criterion not met ({@code insert(new FailedCriterion("koreanControl"))}).
 * Separate facts rather than changes to the result, so that recording a finding wakes no other rule.
 */
public record FailedCriterion(String criterion) {
}
