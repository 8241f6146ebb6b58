package kr.policy.checker.judging;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kr.policy.checker.engine.ExplanationEntry;
import kr.policy.checker.engine.Hint;

/**
 * The 200 answer of an evaluation (contract §1). Additions: {@code legalDate} (the date whose rules applied),
 * {@code hints} (what would change the outcome), {@code headline} (an incentive's answer in one line, when the domain
 * writes one for the outcome) and, for an authenticated caller, {@code evaluationId} (where the stored evaluation can
 * be read back), and {@code sources} (the legal sources the fired rules rest on, §13.4). Not sent: the periods the rules counted, for the pages that show which deadline a holiday moved.
 */
@JsonPropertyOrder({"evaluationId", "domain", "asOf", "legalDate", "ruleSetVersion", "outcome", "headline", "result",
        "explanation", "sources", "missingFacts", "hints"})
public record EvaluationResponse(@JsonInclude(JsonInclude.Include.NON_NULL) UUID evaluationId, String domain,
                                 LocalDate asOf, LocalDate legalDate, String ruleSetVersion, String outcome,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) String headline, Object result,
                                 List<ExplanationEntry> explanation, List<SourceReference> sources,
                                 List<String> missingFacts, List<Hint> hints,
                                 @com.fasterxml.jackson.annotation.JsonIgnore
                                 @org.eclipse.microprofile.openapi.annotations.media.Schema(hidden = true)
                                 List<kr.policy.checker.calendar.Period> countedPeriods) {

    public EvaluationResponse withEvaluationId(UUID id) {
        return new EvaluationResponse(id, domain, asOf, legalDate, ruleSetVersion, outcome, headline, result, explanation,
                sources, missingFacts, hints, countedPeriods);
    }
}
