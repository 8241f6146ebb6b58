package kr.policy.checker.register;

import java.util.Map;
import kr.policy.checker.domain.permittimeout.PermitTimeoutDomain;
import kr.policy.checker.domain.regulationreview.RegulationReviewDomain;

/**
 * The two registers of contract §5: which domain judges their cases, which events move which facts, and which
 * result date lists filter on.
 */
public enum RegisterKind {
    PERMIT_CASES(PermitTimeoutDomain.NAME, "deemedProcessedDate", "deemedBefore", Map.of(
            "COMMITTEE_RESOLVED", new Effect("committeeResolutionDate", Effect.Kind.SET_DATE),
            "REQUEST_SENT", new Effect("requestDate", Effect.Kind.SET_DATE),
            "SUPPLEMENT_ADDED", new Effect("supplementDays", Effect.Kind.ADD_DAYS),
            "PLAN_SUBMITTED", new Effect("planSubmittedDate", Effect.Kind.SET_DATE),
            "EXTENSION_GRANTED", new Effect("extensionDays", Effect.Kind.SET_DAYS),
            "RESULT_NOTIFIED", new Effect("resultNotifiedDate", Effect.Kind.SET_DATE))),
    REGULATION_REVIEWS(RegulationReviewDomain.NAME, "dueDate", "dueBefore", Map.of(
            "SUPPLEMENT_ADDED", new Effect("supplementDays", Effect.Kind.ADD_DAYS),
            "EXTENSION_GRANTED", new Effect("extensionDays", Effect.Kind.SET_DAYS),
            "REPLY_RECEIVED", new Effect("replyDate", Effect.Kind.SET_DATE)));

    /** What an event does to the case's facts. */
    public record Effect(String field, Kind kind) {
        public enum Kind {
            /** Sets a date once; a second event of the type contradicts the timeline. */
            SET_DATE,
            /** Adds days (supplements accumulate). */
            ADD_DAYS,
            /** Sets days once (the one extension). */
            SET_DAYS
        }
    }

    private final String domain;
    private final String keyDateField;
    private final String keyDateFilter;
    private final Map<String, Effect> events;

    RegisterKind(String domain, String keyDateField, String keyDateFilter, Map<String, Effect> events) {
        this.domain = domain;
        this.keyDateField = keyDateField;
        this.keyDateFilter = keyDateFilter;
        this.events = events;
    }

    public String domain() { return domain; }

    /** The register's collection in the API (contract §5). */
    public String path() {
        return this == PERMIT_CASES ? "/api/v1/permit-cases" : "/api/v1/regulation-reviews";
    }
    public String keyDateField() { return keyDateField; }
    public String keyDateFilter() { return keyDateFilter; }
    public Map<String, Effect> events() { return events; }
}
