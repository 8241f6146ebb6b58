package kr.policy.checker.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Issues, checks and revokes API keys. Keys are 256 random bits, so a plain SHA-256 is a sound way to store them
 * (no password stretching needed); the key itself is returned once, at creation.
 */
@ApplicationScoped
public class ApiKeys {
    private static final Logger LOG = Logger.getLogger(ApiKeys.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "checker.bootstrap.admin-api-key")
    Optional<String> bootstrapKey;

    @ConfigProperty(name = "checker.bootstrap.admin-organization", defaultValue = "admin")
    String bootstrapOrganization;

    /** What the rate limiter needs of a key: whose it is and its own quota (null: the default). */
    public record Quota(UUID keyId, Integer requestsPerMinute) {
    }

    /**
     * What an instance remembers of a key, by hash, for {@code checker.keys.recheck-after} (2 s): the rate limiter and
     * the resources ask on every request and must not add a query to each. Both answers are made once, so a lookup
     * allocates nothing. A change made here (a revocation, a quota) drops everything remembered once committed; one
     * made on another instance applies here within that time.
     */
    private record Known(Optional<Principal> principal, Optional<Quota> quota) {
        static final Known UNKNOWN = new Known(Optional.empty(), Optional.empty());

        static Known of(ApiKey key) {
            return new Known(Optional.of(key.principal()), Optional.of(new Quota(key.id, key.requestsPerMinute)));
        }
    }

    private final com.github.benmanes.caffeine.cache.Cache<String, Known> known;

    @Inject
    ApiKeys(@ConfigProperty(name = "checker.keys.recheck-after", defaultValue = "PT2S")
            java.time.Duration recheckAfter) {
        this.known = com.github.benmanes.caffeine.cache.Caffeine.newBuilder().expireAfterWrite(recheckAfter)
                .maximumSize(10_000).build();
    }

    /** A new key and the one time its secret is shown. */
    public record Issued(ApiKey key, String secret) {
    }

    /** With no admin key in the database, the configured bootstrap key becomes one (contract §6). */
    @Transactional
    void bootstrap(@Observes @Priority(10) StartupEvent event) {
        if (bootstrapKey.filter(k -> !k.isBlank()).isEmpty()) {
            return;
        }
        if (ApiKey.count("role = ?1 and revokedAt is null", Role.ADMIN) > 0) {
            return;
        }
        if (ApiKey.count("keyHash", hash(bootstrapKey.get())) > 0) {
            // that key existed and was revoked: a revoked key never comes back; issue a new one
            LOG.warn("checker.bootstrap.admin-api-key names a revoked key and no admin key is active: "
                    + "set a new value to create an admin key");
            return;
        }
        store("bootstrap admin", Role.ADMIN, bootstrapOrganization, bootstrapKey.get());
        LOG.info("bootstrap admin API key created from checker.bootstrap.admin-api-key");
    }

    @Transactional
    public Issued issue(String name, Role role, String organization) {
        return issue(name, role, organization, null);
    }

    /** A new key with its own quota (requests a minute; null: the default). */
    @Transactional
    public Issued issue(String name, Role role, String organization, Integer requestsPerMinute) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "chk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiKey key = store(name, role, organization, secret);
        key.requestsPerMinute = requestsPerMinute;
        return new Issued(key, secret);
    }

    /** The caller behind a key, if the key is known and not revoked (remembered: see {@link Known}). */
    public Optional<Principal> authenticate(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return lookUp(hash(secret)).principal();
    }

    /** The key's quota as remembered: null when it must be looked up ({@link #quota}, which may block). */
    public Optional<Quota> cachedQuota(String secret) {
        Known k = known.getIfPresent(hash(secret));
        return k == null ? null : k.quota();
    }

    /** The key's quota, if the key is known and not revoked. */
    public Optional<Quota> quota(String secret) {
        return lookUp(hash(secret)).quota();
    }

    private Known lookUp(String hash) {
        return known.get(hash, h -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                ApiKey.<ApiKey>find("keyHash = ?1 and revokedAt is null", h).firstResultOptional()
                        .map(Known::of).orElse(Known.UNKNOWN)));
    }

    /** Sets a key's own quota (null: the default); false when there is no such key. */
    @Transactional
    public boolean setQuota(UUID id, Integer requestsPerMinute) {
        ApiKey key = ApiKey.findById(id);
        if (key == null) {
            return false;
        }
        key.requestsPerMinute = requestsPerMinute;
        forgetAfterCommit();
        return true;
    }

    @Transactional
    public List<ApiKey> list() {
        return ApiKey.<ApiKey>listAll().stream()
                .sorted(java.util.Comparator.comparing((ApiKey k) -> k.createdAt)).toList();
    }

    /** Revokes a key; false when there is no such key. */
    @Transactional
    public boolean revoke(UUID id) {
        ApiKey key = ApiKey.findById(id);
        if (key == null) {
            return false;
        }
        if (key.revokedAt == null) {
            key.revokedAt = OffsetDateTime.now(clock);
        }
        forgetAfterCommit();
        return true;
    }

    /**
     * Drops what is remembered of keys once the change is committed: dropped only before, a call in between could
     * read the key as it was and remember it again.
     */
    private void forgetAfterCommit() {
        known.invalidateAll();
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                known.invalidateAll();
            }
        });
    }

    private ApiKey store(String name, Role role, String organization, String secret) {
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.name = name;
        key.role = role;
        key.organization = organization;
        key.keyHash = hash(secret);
        key.createdAt = OffsetDateTime.now(clock);
        key.persist();
        return key;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
