package kr.policy.checker.domain.permittimeout;

/** Which interim deadline of 제19조 the permitting authority missed. */
public enum MissedDeadline {
    PLAN, RESULT
}
