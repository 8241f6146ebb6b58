package kr.policy.checker.domain.taxcredit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** The basic-credit rate one regime gives one asset class for this firm's size: a fraction (0.1) and as a percentage (10). */
@JsonPropertyOrder({"assetClass", "rate", "percent"})
public record ClassRate(AssetClass assetClass, BigDecimal rate) {

    public BigDecimal percent() {
        return rate.movePointRight(2).stripTrailingZeros();
    }
}
