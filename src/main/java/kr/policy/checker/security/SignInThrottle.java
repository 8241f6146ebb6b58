package kr.policy.checker.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Contract §14: sign-in is throttled per account and per address. Each failure takes a token from the account's
 * bucket and the address's; an empty bucket refuses every attempt, right or wrong, until a token comes back (one every
 * window ÷ allowance: three minutes for 5 in 15). A success refills the account's bucket, never the address's, so an
 * attacker's own account cannot buy more guesses at others. Buckets live in this instance's memory: with several
 * instances each allows its own count (docs/operations.md).
 */
@ApplicationScoped
public class SignInThrottle {
    /** The shortest wait a refusal announces (contract §14: at least a minute). */
    static final Duration MINIMUM_WAIT = Duration.ofMinutes(1);

    private final long perAccount;
    private final long perAddress;
    private final Duration window;
    private final TimeMeter time;
    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;

    @Inject
    public SignInThrottle(@ConfigProperty(name = "checker.sign-in.failures-per-account", defaultValue = "5")
                          long perAccount,
                          @ConfigProperty(name = "checker.sign-in.failures-per-address", defaultValue = "20")
                          long perAddress,
                          @ConfigProperty(name = "checker.sign-in.window", defaultValue = "PT15M") Duration window,
                          Clock clock) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.accounts = Caffeine.newBuilder().expireAfterAccess(window).maximumSize(100_000).build();
        this.addresses = Caffeine.newBuilder().expireAfterAccess(window).maximumSize(100_000).build();
    }

    /** How long the caller must wait before trying this account from this address, or empty if it may try now. */
    public Optional<Duration> refusal(String username, String address) {
        long nanos = Math.max(waitNanos(accounts.getIfPresent(account(username))),
                waitNanos(addresses.getIfPresent(address)));
        if (nanos == 0) {
            return Optional.empty();
        }
        Duration wait = Duration.ofNanos(nanos);
        return Optional.of(wait.compareTo(MINIMUM_WAIT) < 0 ? MINIMUM_WAIT : wait.plusSeconds(1).withNanos(0));
    }

    /** Counts a failure; true when it is the one that locks the account or the address. */
    public boolean failed(String username, String address) {
        boolean accountLocked = take(accounts.get(account(username), k -> bucket(perAccount)));
        boolean addressLocked = take(addresses.get(address, k -> bucket(perAddress)));
        return accountLocked || addressLocked;
    }

    /** A success clears the account's failures. */
    public void succeeded(String username) {
        accounts.invalidate(account(username));
    }

    /** Usernames differ by case only at the provider's discretion; the throttle counts them as one. */
    private static String account(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private Bucket bucket(long allowance) {
        return Bucket.builder().withCustomTimePrecision(time)
                .addLimit(l -> l.capacity(allowance).refillGreedy(allowance, window)).build();
    }

    /** Takes a token; true if the bucket is now empty (this failure locks). */
    private static boolean take(Bucket bucket) {
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() && probe.getRemainingTokens() == 0;
    }

    private static long waitNanos(Bucket bucket) {
        if (bucket == null) {
            return 0;
        }
        var estimate = bucket.estimateAbilityToConsume(1);
        return estimate.canBeConsumed() ? 0 : estimate.getNanosToWaitForRefill();
    }
}
