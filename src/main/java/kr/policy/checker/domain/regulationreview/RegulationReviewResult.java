package kr.policy.checker.domain.regulationreview;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import kr.policy.checker.calendar.Convention;
import kr.policy.checker.engine.CaseResult;

/** What the regulation-review rules find; every field is set by a rule. */
// listed in the API document's components: each domain's answer refers to it (DomainsOpenApiFilter)
@org.eclipse.microprofile.openapi.annotations.media.Schema
@JsonPropertyOrder({"dueDate", "daysRemaining", "daysOverdue", "recommendedAction", "committeeReviewRequired", "convention",
        "periodDays", "extensionDays"})
public class RegulationReviewResult extends CaseResult {
    private RegulationReviewOutcome outcome;
    private Convention convention;
    private Integer periodDays;
    private Integer extensionDays;
    private LocalDate dueDate;
    private Long daysRemaining;
    private Long daysOverdue;
    private RecommendedAction recommendedAction;
    private boolean committeeReviewRequired;

    public RegulationReviewResult(Convention chosen) {
        this.convention = chosen;
    }

    @Override
    public RegulationReviewOutcome getOutcome() { return outcome; }
    public void setOutcome(RegulationReviewOutcome outcome) { this.outcome = outcome; }
    public Convention getConvention() { return convention; }
    /** Whether the law sends every request to the committee (반도체특별법 제23조제4항), whatever the reply. */
    public boolean isCommitteeReviewRequired() { return committeeReviewRequired; }
    public void setCommitteeReviewRequired(boolean required) { this.committeeReviewRequired = required; }
    public void setConvention(Convention convention) { this.convention = convention; }
    public Integer getPeriodDays() { return periodDays; }
    public void setPeriodDays(Integer periodDays) { this.periodDays = periodDays; }
    public Integer getExtensionDays() { return extensionDays; }
    public void setExtensionDays(Integer extensionDays) { this.extensionDays = extensionDays; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public Long getDaysRemaining() { return daysRemaining; }
    public void setDaysRemaining(Long daysRemaining) { this.daysRemaining = daysRemaining; }
    public Long getDaysOverdue() { return daysOverdue; }
    public void setDaysOverdue(Long daysOverdue) { this.daysOverdue = daysOverdue; }
    public RecommendedAction getRecommendedAction() { return recommendedAction; }
    public void setRecommendedAction(RecommendedAction recommendedAction) { this.recommendedAction = recommendedAction; }
}
