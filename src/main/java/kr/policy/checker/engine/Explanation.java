package kr.policy.checker.engine;

import java.util.List;

/** Why an answer is what it is: the contributing rules in firing order, and the legal sources they rest on. */
public record Explanation(List<ExplanationEntry> entries, List<LegalSource> sources) {
}
