package kr.policy.checker.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.github.bucket4j.ConsumptionProbe;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import kr.policy.checker.text.Language;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.problem.ServiceMessages;
import kr.policy.checker.security.ApiKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Contract §9's limits. Anonymous callers are limited per address on the open endpoints (evaluations, screenings, calendar,
 * rule-set listing): {@code checker.rate-limit.requests-per-minute}. A caller with a key is limited per key on every
 * API endpoint, never by the address it shares with others: the key's own {@code requestsPerMinute}, or
 * {@code checker.rate-limit.key-requests-per-minute}. Over the limit: 429 with Retry-After; every limited answer
 * carries RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset. A key that is sent must be valid, on every
 * endpoint and page (contract §14): an unknown or revoked one is a 401 before anything else. The buckets live in this instance's memory (with
 * several instances each allows the quota); idle ones are forgotten after ten minutes.
 */
@Singleton
public class RateLimitFilter {
    private static final String PROBE = RateLimitFilter.class.getName() + ".probe";
    private static final String LIMIT = RateLimitFilter.class.getName() + ".limit";

    private final long perAddress;
    private final long perKey;
    private final ApiKeys keys;
    /** Contract §15: checker_rate_limit_refusals_total{kind="address"|"key"}. */
    private final Counter refusedAddresses;
    private final Counter refusedKeys;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

    @Inject
    public RateLimitFilter(@ConfigProperty(name = "checker.rate-limit.requests-per-minute", defaultValue = "600")
                           long perAddress,
                           @ConfigProperty(name = "checker.rate-limit.key-requests-per-minute", defaultValue = "6000")
                           long perKey, ApiKeys keys, MeterRegistry meters) {
        this.refusedAddresses = refusals(meters, "address");
        this.refusedKeys = refusals(meters, "key");
        this.perAddress = perAddress;
        this.perKey = perKey;
        this.keys = keys;
    }

    /**
     * Runs on the I/O thread: a key's quota comes from memory, and only a key not checked in the last 2 s is looked up, on
     * a worker thread.
     */
    @ServerRequestFilter(preMatching = true)
    public Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        String key = request.getHeaderString("X-API-Key");
        if (key == null) {
            return Uni.createFrom().item(path.startsWith("/api/")
                    ? decide(request, http, path, Optional.empty()) : null);
        }
        Optional<ApiKeys.Quota> cached = keys.cachedQuota(key);
        if (cached != null) {
            return Uni.createFrom().item(keyed(request, http, path, cached));
        }
        return Uni.createFrom().item(() -> keys.quota(key)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .map(quota -> keyed(request, http, path, quota));
    }

    /** Contract §14: a request that sends a key must send a valid one, on every endpoint, open ones included. */
    private Response keyed(ContainerRequestContext request, HttpServerRequest http, String path,
                           Optional<ApiKeys.Quota> quota) {
        if (quota.isEmpty()) {
            // made-up keys do not lift the address's limit: over it, 429 before 401
            Response limited = path.startsWith("/api/") ? decide(request, http, path, quota) : null;
            if (limited != null) {
                return limited;
            }
            Language language = Language.fromAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            return ProblemMappers.respond(ServiceMessages.problem(
                    ProblemException.of(ProblemType.UNAUTHORIZED, "detail.badKey"), language));
        }
        return path.startsWith("/api/") ? decide(request, http, path, quota) : null;
    }

    private Response decide(ContainerRequestContext request, HttpServerRequest http, String path,
                            Optional<ApiKeys.Quota> quota) {
        String bucketName;
        long limit;
        if (quota.isPresent()) {
            bucketName = "key:" + quota.get().keyId();
            limit = quota.get().requestsPerMinute() == null ? perKey : quota.get().requestsPerMinute();
        } else if (isOpen(path)) {
            bucketName = "address:" + (http.remoteAddress() == null ? "unknown" : http.remoteAddress().host());
            limit = perAddress;
        } else {
            return null;
        }
        if (limit <= 0) {
            return null;
        }
        long perMinute = limit;
        Bucket bucket = buckets.get(bucketName + "/" + perMinute, n -> Bucket.builder()
                .addLimit(l -> l.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        request.setProperty(PROBE, probe);
        request.setProperty(LIMIT, perMinute);
        if (probe.isConsumed()) {
            return null;
        }
        (quota.isPresent() ? refusedKeys : refusedAddresses).increment();
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
        Language language = Language.fromAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Response.ResponseBuilder refused = Response.fromResponse(ProblemMappers.respond(ServiceMessages.problem(
                ProblemException.of(ProblemType.TOO_MANY_REQUESTS, quota.isPresent() ? "detail.tooManyRequestsKey"
                        : "detail.tooManyRequests", seconds), language))).header("Retry-After", seconds);
        return headers(refused, perMinute, probe).build();
    }

    private static Counter refusals(MeterRegistry meters, String kind) {
        return Counter.builder("checker.rate.limit.refusals").description("Requests refused with 429, by limit")
                .tag("kind", kind).register(meters);
    }

    /** RateLimit-* on every answer of a limited request, the refused ones included. */
    @ServerResponseFilter
    public void rateLimitHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(PROBE) instanceof ConsumptionProbe probe && !response.getHeaders()
                .containsKey("RateLimit-Limit")) {
            long limit = (Long) request.getProperty(LIMIT);
            response.getHeaders().putSingle("RateLimit-Limit", limit);
            response.getHeaders().putSingle("RateLimit-Remaining", probe.getRemainingTokens());
            response.getHeaders().putSingle("RateLimit-Reset", reset(limit, probe));
        }
    }

    private static Response.ResponseBuilder headers(Response.ResponseBuilder r, long limit, ConsumptionProbe probe) {
        return r.header("RateLimit-Limit", limit).header("RateLimit-Remaining", probe.getRemainingTokens())
                .header("RateLimit-Reset", reset(limit, probe));
    }

    /** Seconds until the bucket is full again (a greedy refill adds limit/60 tokens a second). */
    private static long reset(long limit, ConsumptionProbe probe) {
        long missing = limit - probe.getRemainingTokens();
        return missing <= 0 ? 0 : (long) Math.ceil(missing * 60.0 / limit);
    }

    private static boolean isOpen(String path) {
        return path.startsWith("/api/v1/evaluations") || path.startsWith("/api/v1/screenings")
                || path.startsWith("/api/v1/calendar")
                || path.equals("/api/v1/rulesets");
    }
}
