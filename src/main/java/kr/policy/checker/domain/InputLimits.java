package kr.policy.checker.domain;

/**
 * Bounds on what a caller may send that are not law but sense: an amount larger than the economy is a typing error,
 * and within these bounds no sum or product of the rules can overflow a long. The API document shows them.
 */
public final class InputLimits {
    /** 1,000조 원 (10^15 won): above any firm's sales or investment; four of them still sum inside a long. */
    public static final long MAX_WON = 1_000_000_000_000_000L;
    /** 1조 USD, in the units the USD fields are given in (cents allowed). */
    public static final String MAX_USD = "1000000000000";

    private InputLimits() {
    }
}
