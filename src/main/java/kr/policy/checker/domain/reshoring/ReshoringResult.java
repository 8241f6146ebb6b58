package kr.policy.checker.domain.reshoring;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import kr.policy.checker.domain.Eligibility;
import kr.policy.checker.engine.CaseResult;
import kr.policy.checker.text.KoreanWon;

/** What the reshoring rules find. Thresholds are copied here by the rules so that answers and hints can cite them. */
// listed in the API document's components: each domain's answer refers to it (DomainsOpenApiFilter)
@org.eclipse.microprofile.openapi.annotations.media.Schema
@JsonPropertyOrder({"capitalRegion", "restructuringExempt", "requiredReductionPercent", "reductionMethodRequired", "ksicMatchDigits", "capKrw",
        "capKrwDisplay", "grantableAmountKrw", "grantableAmountKrwDisplay", "requiredKoreanControlPercent",
        "requiredOverseasYears", "foreignInvestmentWaitYears", "foreignInvestmentEligibleFrom"})
public class ReshoringResult extends CaseResult {
    private Eligibility outcome;
    private Boolean capitalRegion;
    private Boolean restructuringExempt;
    private Integer requiredReductionPercent;
    private boolean reductionMethodRequired;
    private Integer ksicMatchDigits;
    private Long capKrw;
    private Long grantableAmountKrw;
    private Integer requiredKoreanControlPercent;
    private Integer requiredOverseasYears;
    private Integer foreignInvestmentWaitYears;
    private LocalDate foreignInvestmentEligibleFrom;

    @Override
    public Eligibility getOutcome() { return outcome; }
    public void setOutcome(Eligibility outcome) { this.outcome = outcome; }
    public Boolean getCapitalRegion() { return capitalRegion; }
    public void setCapitalRegion(Boolean capitalRegion) { this.capitalRegion = capitalRegion; }
    public Boolean getRestructuringExempt() { return restructuringExempt; }
    public void setRestructuringExempt(Boolean restructuringExempt) { this.restructuringExempt = restructuringExempt; }
    public Integer getRequiredReductionPercent() { return requiredReductionPercent; }
    public void setRequiredReductionPercent(Integer v) { this.requiredReductionPercent = v; }
    /** True exactly when the reduction must come from a measure of 시행규칙 제3조제1항제2호 (contract §13.6). */
    public boolean isReductionMethodRequired() { return reductionMethodRequired; }
    public void setReductionMethodRequired(boolean v) { this.reductionMethodRequired = v; }
    public Integer getKsicMatchDigits() { return ksicMatchDigits; }
    public void setKsicMatchDigits(Integer ksicMatchDigits) { this.ksicMatchDigits = ksicMatchDigits; }
    public Long getCapKrw() { return capKrw; }
    public void setCapKrw(Long capKrw) { this.capKrw = capKrw; }
    public String getCapKrwDisplay() { return KoreanWon.format(capKrw); }
    public Long getGrantableAmountKrw() { return grantableAmountKrw; }
    public void setGrantableAmountKrw(Long grantableAmountKrw) { this.grantableAmountKrw = grantableAmountKrw; }
    public String getGrantableAmountKrwDisplay() { return KoreanWon.format(grantableAmountKrw); }
    public Integer getRequiredKoreanControlPercent() { return requiredKoreanControlPercent; }
    public void setRequiredKoreanControlPercent(Integer v) { this.requiredKoreanControlPercent = v; }
    public Integer getRequiredOverseasYears() { return requiredOverseasYears; }
    public void setRequiredOverseasYears(Integer v) { this.requiredOverseasYears = v; }
    public Integer getForeignInvestmentWaitYears() { return foreignInvestmentWaitYears; }
    public void setForeignInvestmentWaitYears(Integer v) { this.foreignInvestmentWaitYears = v; }
    public LocalDate getForeignInvestmentEligibleFrom() { return foreignInvestmentEligibleFrom; }
    public void setForeignInvestmentEligibleFrom(LocalDate v) { this.foreignInvestmentEligibleFrom = v; }
}
