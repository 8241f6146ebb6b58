package kr.policy.checker.security;

import java.time.Duration;

/**
 * A sign-in attempt refused unchecked because the account or address is locked (contract §14). Deliberately not an
 * {@code AuthenticationFailedException}: that would become the form's "wrong password" redirect, while this must be a
 * 429 with Retry-After and a page that explains the wait.
 */
public class SignInRefused extends RuntimeException {
    private final transient Duration wait;

    public SignInRefused(Duration wait) {
        super("sign-in locked for " + wait.toSeconds() + " s", null, false, false);
        this.wait = wait;
    }

    public Duration waitTime() {
        return wait;
    }
}
