package kr.policy.checker.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import kr.policy.checker.engine.ExplanationEntry;
import kr.policy.checker.engine.Hint;

/**
 * The 200 answer of an evaluation (contract §1). Additions: {@code legalDate} (the date whose rules applied) and
 * {@code hints} (what would change the outcome, from the rules' own thresholds).
 */
@JsonPropertyOrder({"domain", "asOf", "legalDate", "ruleSetVersion", "outcome", "result", "explanation", "missingFacts",
        "hints"})
public record EvaluationResponse(String domain, LocalDate asOf, LocalDate legalDate, String ruleSetVersion,
                                 String outcome, Object result, List<ExplanationEntry> explanation,
                                 List<String> missingFacts, List<Hint> hints) {
}
