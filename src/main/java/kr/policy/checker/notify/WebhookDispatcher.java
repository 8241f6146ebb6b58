package kr.policy.checker.notify;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kr.policy.checker.problem.DatabaseOutages;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.LockOptions;
import org.jboss.logging.Logger;

/**
 * Delivers pending webhook deliveries: claims due ones under row locks other workers skip, leases them, POSTs them
 * outside any transaction, then records the result. Non-2xx and network errors are retried with exponential
 * backoff; a receiver that is down for an hour (or a day) loses nothing. Made at start, not at the first poll, so
 * its series are on /q/metrics from the first scrape.
 */
@io.quarkus.runtime.Startup
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);
    /** Longer than one send can take, so a claimed delivery is never re-claimed while in flight. */
    private static final Duration LEASE = Duration.ofMinutes(2);

    @Inject
    Clock clock;

    @Inject
    MeterRegistry meters;

    private Counter delivered;
    private Counter failed;
    /** Pending deliveries and the age of the oldest, as of the last poll (a scrape never waits for the database). */
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();

    /** Contract §15: deliveries sent, failed for good, and pending (with the age of the oldest, for the backlog alert). */
    @PostConstruct
    void registerMeters() {
        delivered = Counter.builder("checker.webhook.deliveries.sent")
                .description("Webhook deliveries the receiver accepted").register(meters);
        failed = Counter.builder("checker.webhook.deliveries.failed")
                .description("Webhook deliveries given up after the last attempt").register(meters);
        Gauge.builder("checker.webhook.deliveries.pending", pending,
                AtomicLong::get).description("Webhook deliveries waiting to be sent")
                .register(meters);
        Gauge.builder("checker.webhook.oldest.pending", oldestPendingSeconds,
                        AtomicLong::get)
                .description("Age of the oldest pending webhook delivery").baseUnit("seconds").register(meters);
    }

    @Inject
    WebhookTargets targets;

    @ConfigProperty(name = "checker.webhooks.backoff-base", defaultValue = "PT30S")
    Duration backoffBase;

    @ConfigProperty(name = "checker.webhooks.backoff-max", defaultValue = "PT1H")
    Duration backoffMax;

    @ConfigProperty(name = "checker.webhooks.max-attempts", defaultValue = "40")
    int maxAttempts;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private record Claimed(UUID deliveryId, int attempt, String url, String secret, String type, String payload) {
    }

    @Scheduled(every = "${checker.webhooks.poll:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "webhook-dispatch")
    void tick() {
        try {
            deliverDue();
            measureBacklog();
        } catch (RuntimeException e) {
            if (!DatabaseOutages.causedBy(e)) {
                throw e;
            }
            // nothing was claimed or a claim's lease runs out: the next poll after the database returns sends it
            LOG.warnf("webhook deliveries wait for the database: %s", e.getMessage());
        }
    }

    private void measureBacklog() {
        QuarkusTransaction.requiringNew().run(() -> {
            pending.set(WebhookDelivery.count("status", WebhookDelivery.PENDING));
            OffsetDateTime oldest = WebhookDelivery.getEntityManager().createQuery(
                            "select min(d.createdAt) from WebhookDelivery d where d.status = :pending",
                            OffsetDateTime.class)
                    .setParameter("pending", WebhookDelivery.PENDING).getSingleResult();
            oldestPendingSeconds.set(oldest == null ? 0
                    : Math.max(0, Duration.between(oldest, OffsetDateTime.now(clock)).toSeconds()));
        });
    }

    /**
     * Sends the deliveries that are due now, one claim at a time (so a lease always outlasts its one send); returns
     * how many were attempted. At most 50 per call.
     */
    public int deliverDue() {
        int sent = 0;
        while (sent < 50) {
            Claimed c = QuarkusTransaction.requiringNew().call(this::claimOne);
            if (c == null) {
                break;
            }
            Result result = send(c);
            QuarkusTransaction.requiringNew().run(() -> record(c, result));
            sent++;
        }
        return sent;
    }

    private Claimed claimOne() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        while (true) {
            List<WebhookDelivery> due = WebhookDelivery.<WebhookDelivery>find(
                            "status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt", WebhookDelivery.PENDING, now)
                    .withLock(LockModeType.PESSIMISTIC_WRITE)
                    .withHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                    .page(0, 1).list();
            if (due.isEmpty()) {
                return null;
            }
            WebhookDelivery d = due.get(0);
            WebhookSubscription s = WebhookSubscription.findById(d.subscriptionId);
            if (!s.active) {
                d.status = WebhookDelivery.FAILED;
                d.lastError = "subscription stopped";
                continue;
            }
            d.attempts++;
            d.nextAttemptAt = now.plus(LEASE); // a worker that dies mid-send leaves it due again after the lease
            OutboxEvent e = OutboxEvent.findById(d.outboxId);
            return new Claimed(d.id, d.attempts, s.url, s.secret, e.type, e.payloadJson);
        }
    }

    private record Result(Integer status, String error) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private Result send(Claimed c) {
        String refusal = targets.refusal(URI.create(c.url()));
        if (refusal != null) {
            return new Result(null, refusal);
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(c.url()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("X-Checker-Event", c.type())
                    .header("X-Checker-Delivery", c.deliveryId().toString())
                    .header("X-Checker-Signature", "sha256=" + sign(c.secret(), c.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(c.payload(), StandardCharsets.UTF_8))
                    .build();
            // the whole exchange, body included, within SEND_TIMEOUT: a receiver that dribbles cannot hold the worker
            var future = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
            try {
                return new Result(future.get(SEND_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)
                        .statusCode(), null);
            } catch (java.util.concurrent.TimeoutException e) {
                future.cancel(true);
                return new Result(null, "no answer within " + SEND_TIMEOUT.toSeconds() + " s");
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                return new Result(null, cause.getClass().getSimpleName() + ": " + cause.getMessage());
            }
        } catch (IllegalArgumentException e) {
            return new Result(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, "interrupted");
        }
    }

    private void record(Claimed c, Result result) {
        WebhookDelivery d = WebhookDelivery.findById(c.deliveryId());
        if (d.attempts != c.attempt() || !WebhookDelivery.PENDING.equals(d.status)) {
            return; // another worker claimed it after the lease ran out; its result stands
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        d.lastStatus = result.status();
        d.lastError = result.error() == null ? null : result.error().substring(0, Math.min(500, result.error().length()));
        if (result.delivered()) {
            d.status = WebhookDelivery.DELIVERED;
            d.deliveredAt = now;
            delivered.increment();
        } else if (c.attempt() >= maxAttempts) {
            d.status = WebhookDelivery.FAILED;
            failed.increment();
            LOG.warnf("webhook delivery %s failed for good after %d attempts", d.id, c.attempt());
        } else {
            d.nextAttemptAt = now.plus(backoff(c.attempt()));
        }
    }

    /** base × 2^(attempt − 1), at most the maximum. */
    Duration backoff(int attempt) {
        Duration d = backoffBase.multipliedBy(1L << Math.min(attempt - 1, 20));
        return d.compareTo(backoffMax) > 0 ? backoffMax : d;
    }

    /** Hex HMAC-SHA256 of the body with the subscription's secret (javax.crypto). */
    public static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
