package kr.policy.checker.domain.permittimeout;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import kr.policy.checker.calendar.Convention;
import kr.policy.checker.engine.CaseResult;

/** What the permit-timeout rules find; every field is set by a rule. */
// listed in the API document's components: each domain's answer refers to it (DomainsOpenApiFilter)
@org.eclipse.microprofile.openapi.annotations.media.Schema
@JsonPropertyOrder({"planDueDate", "resultDueDate", "timeoutExpiryDate", "deemedProcessedDate", "missedDeadline",
        "daysUntilDeemed", "convention", "planPeriodDays", "resultPeriodDays", "timeoutPeriodDays", "channelCovered",
        "permitTypeCovered"})
public class PermitTimeoutResult extends CaseResult {
    private PermitTimeoutOutcome outcome;
    private Convention convention;
    private boolean channelCovered;
    private boolean permitTypeCovered;
    private Integer planPeriodDays;
    private LocalDate planDueDate;
    private Integer resultPeriodDays;
    private LocalDate resultDueDate;
    private Integer timeoutPeriodDays;
    private LocalDate timeoutExpiryDate;
    private LocalDate deemedProcessedDate;
    private MissedDeadline missedDeadline;
    private Long daysUntilDeemed;

    public PermitTimeoutResult(Convention chosen) {
        this.convention = chosen;
    }

    @Override
    public PermitTimeoutOutcome getOutcome() { return outcome; }
    public void setOutcome(PermitTimeoutOutcome outcome) { this.outcome = outcome; }
    public Convention getConvention() { return convention; }
    public void setConvention(Convention convention) { this.convention = convention; }
    public boolean isChannelCovered() { return channelCovered; }
    public void setChannelCovered(boolean channelCovered) { this.channelCovered = channelCovered; }
    public boolean isPermitTypeCovered() { return permitTypeCovered; }
    public void setPermitTypeCovered(boolean permitTypeCovered) { this.permitTypeCovered = permitTypeCovered; }
    public Integer getPlanPeriodDays() { return planPeriodDays; }
    public void setPlanPeriodDays(Integer planPeriodDays) { this.planPeriodDays = planPeriodDays; }
    public LocalDate getPlanDueDate() { return planDueDate; }
    public void setPlanDueDate(LocalDate planDueDate) { this.planDueDate = planDueDate; }
    public Integer getResultPeriodDays() { return resultPeriodDays; }
    public void setResultPeriodDays(Integer resultPeriodDays) { this.resultPeriodDays = resultPeriodDays; }
    public LocalDate getResultDueDate() { return resultDueDate; }
    public void setResultDueDate(LocalDate resultDueDate) { this.resultDueDate = resultDueDate; }
    public Integer getTimeoutPeriodDays() { return timeoutPeriodDays; }
    public void setTimeoutPeriodDays(Integer timeoutPeriodDays) { this.timeoutPeriodDays = timeoutPeriodDays; }
    public LocalDate getTimeoutExpiryDate() { return timeoutExpiryDate; }
    public void setTimeoutExpiryDate(LocalDate timeoutExpiryDate) { this.timeoutExpiryDate = timeoutExpiryDate; }
    public LocalDate getDeemedProcessedDate() { return deemedProcessedDate; }
    public void setDeemedProcessedDate(LocalDate deemedProcessedDate) { this.deemedProcessedDate = deemedProcessedDate; }
    public MissedDeadline getMissedDeadline() { return missedDeadline; }
    public void setMissedDeadline(MissedDeadline missedDeadline) { this.missedDeadline = missedDeadline; }
    public Long getDaysUntilDeemed() { return daysUntilDeemed; }
    public void setDaysUntilDeemed(Long daysUntilDeemed) { this.daysUntilDeemed = daysUntilDeemed; }
}
