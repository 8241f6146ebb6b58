package kr.policy.checker.domain.voucher;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import kr.policy.checker.domain.Eligibility;
import kr.policy.checker.engine.CaseResult;
import kr.policy.checker.text.KoreanWon;

/** What the export-voucher rules find; amounts are integer won rounded down, each with its Korean display form. */
// listed in the API document's components: each domain's answer refers to it (DomainsOpenApiFilter)
@org.eclipse.microprofile.openapi.annotations.media.Schema
@JsonPropertyOrder({"program", "tier", "tierCapKrw", "governmentCapKrw", "governmentCapKrwDisplay", "governmentShareRate",
        "governmentSharePercent",
        "totalVoucherKrw", "totalVoucherKrwDisplay", "companyContributionKrw", "companyContributionKrwDisplay",
        "newMarketBonusApplied", "nextTier", "nextTierMinExportsUsd"})
public class VoucherResult extends CaseResult {
    private Eligibility outcome;
    private final VoucherProgram program;
    private Tier tier;
    private Long tierCapKrw;
    private Long governmentCapKrw;
    private BigDecimal governmentShareRate;
    private Long totalVoucherKrw;
    private Long companyContributionKrw;
    private boolean newMarketBonusApplied;
    private Tier nextTier;
    private BigDecimal nextTierMinExportsUsd;

    public VoucherResult(VoucherProgram program) {
        this.program = program;
    }

    @Override
    public Eligibility getOutcome() { return outcome; }
    public void setOutcome(Eligibility outcome) { this.outcome = outcome; }
    public VoucherProgram getProgram() { return program; }
    public Tier getTier() { return tier; }
    public void setTier(Tier tier) { this.tier = tier; }
    /** The tier's cap before any bonus. */
    public Long getTierCapKrw() { return tierCapKrw; }
    public void setTierCapKrw(Long tierCapKrw) { this.tierCapKrw = tierCapKrw; }
    public Long getGovernmentCapKrw() { return governmentCapKrw; }
    public void setGovernmentCapKrw(Long governmentCapKrw) { this.governmentCapKrw = governmentCapKrw; }
    public String getGovernmentCapKrwDisplay() { return KoreanWon.format(governmentCapKrw); }
    public BigDecimal getGovernmentShareRate() { return governmentShareRate; }
    public void setGovernmentShareRate(BigDecimal governmentShareRate) { this.governmentShareRate = governmentShareRate; }
    /** The share as a percentage, for people (0.7 → 70). */
    public BigDecimal getGovernmentSharePercent() {
        return governmentShareRate == null ? null : governmentShareRate.movePointRight(2).stripTrailingZeros();
    }
    public Long getTotalVoucherKrw() { return totalVoucherKrw; }
    public void setTotalVoucherKrw(Long totalVoucherKrw) { this.totalVoucherKrw = totalVoucherKrw; }
    public String getTotalVoucherKrwDisplay() { return KoreanWon.format(totalVoucherKrw); }
    public Long getCompanyContributionKrw() { return companyContributionKrw; }
    public void setCompanyContributionKrw(Long companyContributionKrw) { this.companyContributionKrw = companyContributionKrw; }
    public String getCompanyContributionKrwDisplay() { return KoreanWon.format(companyContributionKrw); }
    public boolean isNewMarketBonusApplied() { return newMarketBonusApplied; }
    public void setNewMarketBonusApplied(boolean newMarketBonusApplied) { this.newMarketBonusApplied = newMarketBonusApplied; }
    public Tier getNextTier() { return nextTier; }
    public void setNextTier(Tier nextTier) { this.nextTier = nextTier; }
    public BigDecimal getNextTierMinExportsUsd() { return nextTierMinExportsUsd; }
    public void setNextTierMinExportsUsd(BigDecimal nextTierMinExportsUsd) { this.nextTierMinExportsUsd = nextTierMinExportsUsd; }
}
