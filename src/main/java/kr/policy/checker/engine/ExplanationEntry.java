package kr.policy.checker.engine;

/**
 * One rule that contributed to an answer: its name, its legal basis, the id of the legal source it rests on (an entry
 * of the sources register) and what it found, in words.
 */
public record ExplanationEntry(String rule, String legalBasis, String source, String message) {
}
