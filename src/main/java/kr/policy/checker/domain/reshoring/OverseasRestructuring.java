package kr.policy.checker.domain.reshoring;

/** What happened to the overseas site (해외진출기업복귀법 제2조제3호가목: 청산·양도·축소). */
public enum OverseasRestructuring {
    LIQUIDATED, TRANSFERRED, REDUCED, NONE
}
