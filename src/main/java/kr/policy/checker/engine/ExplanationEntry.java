package kr.policy.checker.engine;

/** One rule that contributed to an answer: its name, its legal basis and what it found, in words. */
public record ExplanationEntry(String rule, String legalBasis, String message) {
}
