package kr.policy.checker.bench.floor;

import java.util.List;
import kr.policy.checker.engine.ExplanationEntry;

/**
 * What a hand-written floor answers for one case: the outcome, the domain's own result object filled as the rules
 * fill it, one explanation entry per rule the engine would have fired (in its firing order) and the missing facts in
 * the order they should be answered.
 */
public record FloorAnswer(Enum<?> outcome, Object result, List<ExplanationEntry> explanation,
                          List<String> missingFacts) {
}
