package kr.policy.checker.notify;

import java.util.List;

/** The webhook events of contract §7. */
public final class EventType {
    public static final String DEEMING_SCHEDULED = "permit-case.deeming-scheduled";
    public static final String DEEMED_PROCESSED = "permit-case.deemed-processed";
    public static final String DEADLINE_APPROACHING = "permit-case.deadline-approaching";
    public static final String REVIEW_OVERDUE = "regulation-review.overdue";
    public static final List<String> ALL = List.of(DEEMING_SCHEDULED, DEEMED_PROCESSED, DEADLINE_APPROACHING,
            REVIEW_OVERDUE);

    private EventType() {
    }
}
