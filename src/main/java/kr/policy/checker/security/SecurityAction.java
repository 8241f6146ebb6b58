package kr.policy.checker.security;

/** What a security event records. The names are the contract's: partners and operators filter on them. */
public enum SecurityAction {
    API_KEY_CREATED,
    API_KEY_QUOTA_CHANGED,
    API_KEY_REVOKED,
    CLERK_CREATED,
    WEBHOOK_CREATED,
    WEBHOOK_REMOVED,
    RULES_RELOADED,
    RULES_RELOAD_REFUSED,
    SIMULATION_STARTED,
    SIMULATION_REFUSED,
    SIMULATION_CANCELLED,
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_LOCKED
}
