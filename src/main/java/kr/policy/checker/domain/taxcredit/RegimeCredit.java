package kr.policy.checker.domain.taxcredit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import kr.policy.checker.text.KoreanWon;

/**
 * One regime's credit for the tax year, filled by the rules step by step: the rates of the classes invested in, the
 * additional rate, then the amounts. Every product is rounded down to the won (the statute has no rounding rule; the
 * service's convention). The rates come from the rules; only the arithmetic of 제24조 is here.
 */
@JsonPropertyOrder({"regime", "rates", "additionalRate", "basicKrw", "basicKrwDisplay", "additionalKrw",
        "additionalKrwDisplay", "additionalCapped", "totalKrw", "totalKrwDisplay"})
public class RegimeCredit {
    private final Regime regime;
    private final List<ClassRate> rates = new ArrayList<>(4);
    private BigDecimal additionalRate;
    private Long basicKrw;
    private Long additionalKrw;
    private boolean additionalCapped;
    private Long totalKrw;

    public RegimeCredit(Regime regime) {
        this.regime = regime;
    }

    /** A rate by company size, as the statute's columns list them (대기업, 중견기업, 중소기업). */
    public static BigDecimal forSize(CompanySize size, String large, String midsize, String sme) {
        return new BigDecimal(switch (size) {
            case LARGE -> large;
            case MIDSIZE -> midsize;
            case SME -> sme;
        });
    }

    public Regime getRegime() { return regime; }
    public List<ClassRate> getRates() { return rates; }
    public BigDecimal getAdditionalRate() { return additionalRate; }
    public Long getBasicKrw() { return basicKrw; }
    public String getBasicKrwDisplay() { return KoreanWon.format(basicKrw); }
    public Long getAdditionalKrw() { return additionalKrw; }
    public String getAdditionalKrwDisplay() { return KoreanWon.format(additionalKrw); }
    /** Whether the additional credit was cut to twice the basic credit. */
    public boolean isAdditionalCapped() { return additionalCapped; }
    public Long getTotalKrw() { return totalKrw; }
    public String getTotalKrwDisplay() { return KoreanWon.format(totalKrw); }

    BigDecimal rateOf(AssetClass assetClass) {
        return rates.stream().filter(r -> r.assetClass() == assetClass).map(ClassRate::rate).findFirst().orElse(null);
    }

    void setRate(AssetClass assetClass, BigDecimal rate) {
        rates.add(new ClassRate(assetClass, rate.stripTrailingZeros()));
        rates.sort(java.util.Comparator.comparing(ClassRate::assetClass));
    }

    void setAdditionalRate(BigDecimal rate) {
        this.additionalRate = rate.stripTrailingZeros();
    }

    /** Every class invested in has its rate. */
    @JsonIgnore
    boolean ratesComplete(TaxCreditCase input) {
        for (AssetClass c : AssetClass.values()) {
            if (input.investedIn(c) > 0 && rateOf(c) == null) {
                return false;
            }
        }
        return true;
    }

    /** Σ (investment of each class × its rate), each product rounded down. */
    void computeBasic(TaxCreditCase input) {
        long sum = 0;
        for (ClassRate r : rates) {
            sum += timesDown(input.investedIn(r.assetClass()), r.rate());
        }
        basicKrw = sum;
    }

    /** additional rate × increase, rounded down; the cap is applied separately so the explanation can say so. */
    void computeAdditional(long increaseKrw) {
        additionalKrw = timesDown(increaseKrw, additionalRate);
    }

    void noAdditional() {
        additionalKrw = 0L;
    }

    /** Whether the additional credit exceeds {@code times} the basic credit (the law's multiple is in the rules). */
    boolean overCap(int times) {
        return additionalKrw != null && basicKrw != null && !additionalCapped && additionalKrw > times * basicKrw;
    }

    void capAdditional(int times) {
        additionalKrw = times * basicKrw;
        additionalCapped = true;
    }

    void computeTotal() {
        totalKrw = basicKrw + additionalKrw;
    }

    private static long timesDown(long amount, BigDecimal rate) {
        return BigDecimal.valueOf(amount).multiply(rate).setScale(0, RoundingMode.DOWN).longValueExact();
    }
}
