package kr.policy.checker.problem;

/** One invalid input field and what is wrong with it, in the reader's language. */
public record FieldError(String field, String message) {
}
