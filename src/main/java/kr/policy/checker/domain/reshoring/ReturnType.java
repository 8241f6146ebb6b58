package kr.policy.checker.domain.reshoring;

/** How the firm returns: alone, with others (동반복귀), or linked to a domestic buyer (협력형). */
public enum ReturnType {
    SINGLE, COMPANION, COOPERATIVE
}
