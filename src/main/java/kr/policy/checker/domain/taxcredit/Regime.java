package kr.policy.checker.domain.taxcredit;

/** The two ways 제24조 computes the credit: the regular one (제1항제2호) and the temporary one (제1항제3호). */
public enum Regime {
    REGULAR, TEMPORARY
}
