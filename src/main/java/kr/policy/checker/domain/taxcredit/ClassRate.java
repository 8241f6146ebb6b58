package kr.policy.checker.domain.taxcredit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** The basic-credit rate one regime gives one asset class for this firm's size, as a fraction (0.1 for 10 %). */
@JsonPropertyOrder({"assetClass", "rate"})
public record ClassRate(AssetClass assetClass, BigDecimal rate) {
}
