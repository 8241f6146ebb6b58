package kr.policy.checker.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Contract §17: the keys callers send in {@code Idempotency-Key}, kept in the database (table idempotency_key) so that
 * a retry is answered alike on every instance and after a restart. The first request claims its key with an insert
 * (the primary key (caller, key) lets exactly one of two racing requests win); its answer is kept once sent, or the
 * claim removed when the answer is a 5xx. Each statement runs on its own, outside any transaction of the request.
 */
@ApplicationScoped
public class IdempotencyKeys {
    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);
    static final String RUNNING = "RUNNING";
    static final String DONE = "DONE";

    @Inject
    DataSource dataSource;
    @Inject
    Clock clock;

    /** How long a key and its answer are kept ({@code checker.idempotency.retention}, default one day). */
    @ConfigProperty(name = "checker.idempotency.retention", defaultValue = "P1D")
    Duration retention;

    /**
     * A claim older than this whose request never finished (its instance stopped) may be taken over by a retry
     * ({@code checker.idempotency.in-flight-timeout}, default ten minutes: longer than the largest import).
     */
    @ConfigProperty(name = "checker.idempotency.in-flight-timeout", defaultValue = "PT10M")
    Duration inFlightTimeout;

    /** A kept answer: status, Location, ETag, Content-Type and body, as first sent. */
    public record Kept(int status, String location, String etag, String contentType, String body) {
    }

    /** What a request sent with a key meets. */
    public sealed interface Claim permits Claimed, Replay, Reused, InFlight {
    }

    /** The key is new (or expired): this request does the work. */
    public record Claimed() implements Claim {
    }

    /** The same request was answered before: send that answer again. */
    public record Replay(Kept answer) implements Claim {
    }

    /** The key was used with another request. */
    public record Reused() implements Claim {
    }

    /** The first request with this key is still being answered. */
    public record InFlight() implements Claim {
    }

    /** Claims {@code key} for {@code caller}'s request of the given hash, or says what holds it. */
    public Claim claim(String caller, String key, String requestHash) {
        return QuarkusTransaction.suspendingExisting().call(() -> {
            for (int attempt = 0; attempt < 5; attempt++) {
                OffsetDateTime now = now();
                try (Connection c = dataSource.getConnection()) {
                    if (insert(c, caller, key, requestHash, now)) {
                        return new Claimed();
                    }
                    try (PreparedStatement s = c.prepareStatement("SELECT request_hash, state, status, location, etag,"
                            + " content_type, body, created_at, expires_at FROM idempotency_key"
                            + " WHERE caller = ? AND idem_key = ?")) {
                        s.setString(1, caller);
                        s.setString(2, key);
                        try (ResultSet r = s.executeQuery()) {
                            if (!r.next()) {
                                continue; // removed meanwhile (a 5xx, a purge): claim again
                            }
                            OffsetDateTime createdAt = r.getObject("created_at", OffsetDateTime.class);
                            OffsetDateTime expiresAt = r.getObject("expires_at", OffsetDateTime.class);
                            boolean running = RUNNING.equals(r.getString("state"));
                            if (!expiresAt.isAfter(now)
                                    || running && !createdAt.plus(inFlightTimeout).isAfter(now)) {
                                // expired, or a claim abandoned by a stopped instance: remove that very row, claim again
                                delete(c, caller, key, createdAt);
                                continue;
                            }
                            if (!r.getString("request_hash").equals(requestHash)) {
                                return new Reused();
                            }
                            if (running) {
                                return new InFlight();
                            }
                            return new Replay(new Kept(r.getInt("status"), r.getString("location"),
                                    r.getString("etag"), r.getString("content_type"), r.getString("body")));
                        }
                    }
                }
            }
            // five races lost in a row: the key is being claimed and removed by others at this moment
            return new InFlight();
        });
    }

    private boolean insert(Connection c, String caller, String key, String hash, OffsetDateTime now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO idempotency_key (caller, idem_key, request_hash,"
                + " state, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, caller);
            s.setString(2, key);
            s.setString(3, hash);
            s.setString(4, RUNNING);
            s.setObject(5, now);
            s.setObject(6, now.plus(retention));
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false; // the key is taken: unique violation (23505 on PostgreSQL and H2)
            }
            throw e;
        }
    }

    private static void delete(Connection c, String caller, String key, OffsetDateTime createdAt)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "DELETE FROM idempotency_key WHERE caller = ? AND idem_key = ? AND created_at = ?")) {
            s.setString(1, caller);
            s.setString(2, key);
            s.setObject(3, createdAt);
            s.executeUpdate();
        }
    }

    /** Keeps the first answer to the claimed key. */
    public void keep(String caller, String key, Kept answer) {
        QuarkusTransaction.suspendingExisting().run(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "UPDATE idempotency_key SET state = ?, status = ?, location = ?, etag = ?, content_type = ?,"
                            + " body = ? WHERE caller = ? AND idem_key = ? AND state = ?")) {
                s.setString(1, DONE);
                s.setInt(2, answer.status());
                s.setString(3, answer.location());
                s.setString(4, answer.etag());
                s.setString(5, answer.contentType());
                s.setString(6, answer.body());
                s.setString(7, caller);
                s.setString(8, key);
                s.setString(9, RUNNING);
                s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("keeping the answer to an Idempotency-Key failed", e);
            }
        });
    }

    /** Removes the claim of a request that was not answered (a 5xx): a retry does the work again. */
    public void release(String caller, String key) {
        QuarkusTransaction.suspendingExisting().run(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "DELETE FROM idempotency_key WHERE caller = ? AND idem_key = ? AND state = ?")) {
                s.setString(1, caller);
                s.setString(2, key);
                s.setString(3, RUNNING);
                s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("releasing an Idempotency-Key failed", e);
            }
        });
    }

    /**
     * Removes expired keys; returns how many. One DELETE by expiry: several instances running it at once remove each
     * row once and never a live one.
     */
    public int purge() {
        return QuarkusTransaction.suspendingExisting().call(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "DELETE FROM idempotency_key WHERE expires_at <= ?")) {
                s.setObject(1, now());
                return s.executeUpdate();
            }
        });
    }

    @Scheduled(every = "${checker.idempotency.purge-every:1h}", delayed = "1m", identity = "idempotency-purge",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        try {
            int removed = purge();
            if (removed > 0) {
                LOG.infof("removed %d expired idempotency keys", removed);
            }
        } catch (RuntimeException e) {
            LOG.warnf("purging expired idempotency keys failed (tried again later): %s", e.getMessage());
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
