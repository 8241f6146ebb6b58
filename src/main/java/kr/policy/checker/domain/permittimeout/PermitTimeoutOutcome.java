package kr.policy.checker.domain.permittimeout;

public enum PermitTimeoutOutcome {
    NOT_COVERED, AWAITING_REQUEST, DEEMED_PROCESSED, DEEMING_SCHEDULED, PROCESSED, PENDING
}
