package kr.policy.checker.engine;

/**
 * Inserted by a rule that needs an input field the case does not give ({@code insert(new MissingFact("technology"))}).
 * The answer lists them in insertion order, the order in which a person should answer them.
 */
public record MissingFact(String field) {
}
