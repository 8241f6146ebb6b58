package kr.policy.checker.domain.regulationreview;

public enum RegulationReviewOutcome {
    PENDING, OVERDUE, REPLIED_ON_TIME, REPLIED_LATE
}
