package kr.policy.checker.security;

/** What a machine caller may do (contract §6). */
public enum Role {
    PARTNER, CLERK, ADMIN
}
