package kr.policy.checker.engine;

/** What would change the outcome: the input field concerned and, in words, what it would take. */
public record Hint(String field, String message) {
}
