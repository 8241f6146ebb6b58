package kr.policy.checker.problem;

/**
 * The kinds of problem this service reports (RFC 9457). {@code type} is a relative URI documented in docs/api.md;
 * the title's text lives in messages/problems_*.properties under {@code title.<slug>}.
 */
public enum ProblemType {
    INVALID_INPUT(400, "invalid-input"),
    MALFORMED_JSON(400, "malformed-json"),
    CONTRADICTORY_INPUT(422, "contradictory-input"),
    OUTSIDE_CALENDAR(422, "outside-calendar"),
    BEYOND_ENCODED_LAW(422, "beyond-encoded-law"),
    NO_DECISION(422, "no-decision"),
    RULE_SET_INVALID(422, "rule-set-invalid"),
    UNKNOWN_DOMAIN(404, "unknown-domain"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    CONFLICT(409, "conflict"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused"),
    IDEMPOTENCY_KEY_IN_FLIGHT(409, "idempotency-key-in-flight"),
    STORED_CASE_UNREADABLE(409, "stored-case-unreadable"),
    URI_TOO_LONG(414, "uri-too-long"),
    HEADERS_TOO_LARGE(431, "headers-too-large"),
    PRECONDITION_FAILED(412, "precondition-failed"),
    UNAUTHORIZED(401, "unauthorized"),
    TOO_MANY_REQUESTS(429, "too-many-requests"),
    FORBIDDEN(403, "forbidden"),
    INTERNAL(500, "internal-error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable");

    private final int status;
    private final String slug;

    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String uri() {
        return "/problems/" + slug;
    }
}
