package kr.policy.checker.domain;

/** The three-valued outcome of the incentive domains. */
public enum Eligibility {
    ELIGIBLE,
    /** A known criterion fails; this wins over missing facts. */
    NOT_ELIGIBLE,
    /** No criterion fails, but facts the rules need are missing (listed in missingFacts). */
    UNDETERMINED
}
