package kr.policy.checker.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import kr.policy.checker.engine.ExplanationEntry;

/** The 200 answer of an evaluation (contract §1); {@code legalDate} (which rules were in force) is an addition. */
@JsonPropertyOrder({"domain", "asOf", "legalDate", "ruleSetVersion", "outcome", "result", "explanation", "missingFacts"})
public record EvaluationResponse(String domain, LocalDate asOf, LocalDate legalDate, String ruleSetVersion,
                                 String outcome, Object result, List<ExplanationEntry> explanation,
                                 List<String> missingFacts) {
}
