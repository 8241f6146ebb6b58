package kr.policy.checker.domain.taxcredit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import kr.policy.checker.domain.InputLimits;

/** What a firm invested in one asset class in the tax year, net of government grants (제127조제1항). */
public record Investment(@NotNull AssetClass assetClass, @NotNull @PositiveOrZero @Max(InputLimits.MAX_WON) Long amountKrw) {
}
