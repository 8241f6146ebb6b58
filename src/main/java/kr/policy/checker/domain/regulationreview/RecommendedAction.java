package kr.policy.checker.domain.regulationreview;

/** What to do about an overdue review; there is no deemed acceptance (briefing §2.2). */
public enum RecommendedAction {
    ESCALATE_TO_COMMITTEE
}
