package kr.policy.checker.domain.voucher;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Won arithmetic for rules: exact decimal rates, results rounded down to the whole won (contract conventions). */
public final class Won {
    private Won() {
    }

    /** amount × rate, rounded down. */
    public static long timesDown(long amount, String rate) {
        return BigDecimal.valueOf(amount).multiply(new BigDecimal(rate)).setScale(0, RoundingMode.DOWN).longValueExact();
    }

    /** amount ÷ rate, rounded down. */
    public static long divideDown(long amount, BigDecimal rate) {
        return BigDecimal.valueOf(amount).divide(rate, 0, RoundingMode.DOWN).longValueExact();
    }
}
