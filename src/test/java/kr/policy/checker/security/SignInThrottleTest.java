package kr.policy.checker.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contract §14's sign-in throttling, on a clock the test moves. */
class SignInThrottleTest {
    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T01:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Seoul");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(5, 20, Duration.ofMinutes(15), clock);

    @Test
    void fiveFailuresLockTheAccountForAtLeastAMinuteThenItMayTryAgain() {
        for (int i = 1; i <= 4; i++) {
            assertEquals(Optional.empty(), throttle.refusal("kim", "10.0.0.1"));
            assertFalse(throttle.failed("kim", "10.0.0.1"), "failure " + i + " does not lock");
        }
        assertTrue(throttle.failed("kim", "10.0.0.1"), "the fifth locks");
        Duration wait = throttle.refusal("kim", "10.0.0.1").orElseThrow();
        assertTrue(wait.compareTo(Duration.ofMinutes(1)) >= 0, wait.toString());
        assertTrue(wait.compareTo(Duration.ofMinutes(4)) <= 0, "one guess back every 15/5 minutes: " + wait);
        // the lock holds for the account from any address, and case does not get around it
        assertTrue(throttle.refusal("KIM", "10.9.9.9").isPresent());
        clock.advance(wait.minusSeconds(2));
        assertTrue(throttle.refusal("kim", "10.0.0.1").isPresent(), "not before the wait ends");
        clock.advance(Duration.ofSeconds(2));
        assertEquals(Optional.empty(), throttle.refusal("kim", "10.0.0.1"), "when the wait ends");
        assertTrue(throttle.failed("kim", "10.0.0.1"), "one more guess, then locked again");
        assertTrue(throttle.refusal("kim", "10.0.0.1").isPresent());
    }

    @Test
    void aSuccessClearsTheAccountsFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("lee", "10.0.0.2");
        }
        throttle.succeeded("lee");
        for (int i = 0; i < 4; i++) {
            assertFalse(throttle.failed("lee", "10.0.0.2"));
        }
        assertEquals(Optional.empty(), throttle.refusal("lee", "10.0.0.2"));
    }

    @Test
    void anAddressThatGuessesAcrossAccountsIsLockedForEveryAccountAndASuccessDoesNotFreeIt() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "10.0.0.3");
        }
        assertTrue(throttle.refusal("park", "10.0.0.3").isPresent(), "a fresh account from that address");
        throttle.succeeded("park");
        assertTrue(throttle.refusal("park", "10.0.0.3").isPresent());
        assertEquals(Optional.empty(), throttle.refusal("park", "10.0.0.4"), "the account from elsewhere");
    }
}
