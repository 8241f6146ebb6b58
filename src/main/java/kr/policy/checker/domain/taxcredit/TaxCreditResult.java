package kr.policy.checker.domain.taxcredit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kr.policy.checker.domain.Eligibility;
import kr.policy.checker.engine.CaseResult;
import kr.policy.checker.text.KoreanWon;
import org.kie.api.definition.type.ClassReactive;

/**
 * What the investment-tax-credit rules find (contract §10): each regime the year offers with its rates and amounts,
 * the regime chosen (the larger total) and the credit. The rules call the methods below in salience order: regimes,
 * rates, basic credit, average and increase, additional credit, its cap, totals, choice. Class-reactive: those steps
 * are methods, not setters, so every change re-evaluates every rule that looks at the result.
 */
@ClassReactive
// listed in the API document's components: each domain's answer refers to it (DomainsOpenApiFilter)
@org.eclipse.microprofile.openapi.annotations.media.Schema
@JsonPropertyOrder({"regimes", "regime", "investmentKrw", "investmentKrwDisplay", "priorAverageKrw", "increaseKrw",
        "creditKrw", "creditKrwDisplay"})
public class TaxCreditResult extends CaseResult {
    private Eligibility outcome;
    private final List<RegimeCredit> regimes = new ArrayList<>(2);
    private Regime regime;
    private Long investmentKrw;
    private Long priorAverageKrw;
    private Long increaseKrw;
    private Long creditKrw;

    @Override
    public Eligibility getOutcome() { return outcome; }
    public void setOutcome(Eligibility outcome) { this.outcome = outcome; }
    public List<RegimeCredit> getRegimes() { return regimes; }
    /** The regime whose total is the credit: the larger, REGULAR on a tie. */
    public Regime getRegime() { return regime; }
    /** This year's qualifying investment, every class together. */
    public Long getInvestmentKrw() { return investmentKrw; }
    public void setInvestmentKrw(Long investmentKrw) { this.investmentKrw = investmentKrw; }
    public String getInvestmentKrwDisplay() { return KoreanWon.format(investmentKrw); }
    public Long getPriorAverageKrw() { return priorAverageKrw; }
    public Long getIncreaseKrw() { return increaseKrw; }
    public Long getCreditKrw() { return creditKrw; }
    public String getCreditKrwDisplay() { return KoreanWon.format(creditKrw); }

    // ------------------------------------------------------------ steps the rules take

    public boolean hasRegime(Regime r) {
        return find(r) != null;
    }

    public void addRegime(Regime r) {
        regimes.add(new RegimeCredit(r));
        regimes.sort(java.util.Comparator.comparing(RegimeCredit::getRegime));
    }

    /** The rate a regime gives a class, or null while no rule has set it. */
    public BigDecimal rateOf(Regime r, AssetClass c) {
        RegimeCredit credit = find(r);
        return credit == null ? null : credit.rateOf(c);
    }

    public void setRate(Regime r, AssetClass c, BigDecimal rate) {
        find(r).setRate(c, rate);
    }

    public boolean hasAdditionalRate(Regime r) {
        return find(r) != null && find(r).getAdditionalRate() != null;
    }

    public void setAdditionalRate(Regime r, String rate) {
        find(r).setAdditionalRate(new BigDecimal(rate));
    }

    /** Some regime has every rate it needs and no basic credit yet. */
    public boolean basicDue(TaxCreditCase input) {
        return regimes.stream().anyMatch(c -> c.getBasicKrw() == null && c.ratesComplete(input));
    }

    public void computeBasic(TaxCreditCase input) {
        regimes.stream().filter(c -> c.getBasicKrw() == null && c.ratesComplete(input))
                .forEach(c -> c.computeBasic(input));
    }

    /** The yearly average of the preceding years (rounded down) and the increase over it (never below zero). */
    public void computeIncrease(long priorTotalKrw, int years) {
        priorAverageKrw = priorTotalKrw / years;
        increaseKrw = Math.max(0, investmentKrw - priorAverageKrw);
    }

    /** Some regime has its basic credit and additional rate and no additional credit yet. */
    public boolean additionalDue() {
        return increaseKrw != null && regimes.stream().anyMatch(this::additionalPending);
    }

    public void computeAdditional() {
        regimes.stream().filter(this::additionalPending).forEach(c -> c.computeAdditional(increaseKrw));
    }

    public void noAdditional() {
        regimes.stream().filter(this::additionalPending).forEach(RegimeCredit::noAdditional);
    }

    /** Some regime's additional credit exceeds {@code times} its basic credit. */
    public boolean capDue(int times) {
        return regimes.stream().anyMatch(c -> c.overCap(times));
    }

    public void applyCap(int times) {
        regimes.stream().filter(c -> c.overCap(times)).forEach(c -> c.capAdditional(times));
    }

    public boolean totalDue() {
        return regimes.stream().anyMatch(c -> c.getTotalKrw() == null && c.getBasicKrw() != null
                && c.getAdditionalKrw() != null);
    }

    public void computeTotals() {
        regimes.stream().filter(c -> c.getTotalKrw() == null && c.getBasicKrw() != null && c.getAdditionalKrw() != null)
                .forEach(RegimeCredit::computeTotal);
    }

    /** Every regime of the year has its total. */
    public boolean totalsKnown() {
        return !regimes.isEmpty() && regimes.stream().allMatch(c -> c.getTotalKrw() != null);
    }

    public void choose(Regime r) {
        regime = r;
        creditKrw = find(r).getTotalKrw();
    }

    // ------------------------------------------------------------ per regime, for the explanation's messages

    @JsonIgnore public Long getRegularBasicKrw() { return amount(Regime.REGULAR, RegimeCredit::getBasicKrw); }
    @JsonIgnore public Long getRegularAdditionalKrw() { return amount(Regime.REGULAR, RegimeCredit::getAdditionalKrw); }
    @JsonIgnore public Long getRegularTotalKrw() { return amount(Regime.REGULAR, RegimeCredit::getTotalKrw); }
    @JsonIgnore public BigDecimal getRegularAdditionalPercent() { return percent(Regime.REGULAR); }
    @JsonIgnore public Long getTemporaryBasicKrw() { return amount(Regime.TEMPORARY, RegimeCredit::getBasicKrw); }
    @JsonIgnore public Long getTemporaryAdditionalKrw() { return amount(Regime.TEMPORARY, RegimeCredit::getAdditionalKrw); }
    @JsonIgnore public Long getTemporaryTotalKrw() { return amount(Regime.TEMPORARY, RegimeCredit::getTotalKrw); }
    @JsonIgnore public BigDecimal getTemporaryAdditionalPercent() { return percent(Regime.TEMPORARY); }

    private boolean additionalPending(RegimeCredit c) {
        return c.getBasicKrw() != null && c.getAdditionalRate() != null && c.getAdditionalKrw() == null;
    }

    private Long amount(Regime r, java.util.function.Function<RegimeCredit, Long> field) {
        RegimeCredit c = find(r);
        return c == null ? null : field.apply(c);
    }

    private BigDecimal percent(Regime r) {
        RegimeCredit c = find(r);
        return c == null || c.getAdditionalRate() == null ? null
                : c.getAdditionalRate().movePointRight(2).stripTrailingZeros();
    }

    private RegimeCredit find(Regime r) {
        for (RegimeCredit c : regimes) {
            if (c.getRegime() == r) {
                return c;
            }
        }
        return null;
    }
}
