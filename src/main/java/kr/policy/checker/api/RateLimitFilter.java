package kr.policy.checker.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import kr.policy.checker.engine.Language;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.problem.ServiceMessages;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Limits use of the open endpoints (evaluations, calendar, rule-set listing) per client address:
 * {@code checker.rate-limit.requests-per-minute} (0 turns it off); over it, 429 with Retry-After. Every request to
 * those endpoints counts, with a key or without (heavy users send batches). Idle addresses are forgotten after ten
 * minutes.
 */
@Singleton
public class RateLimitFilter {
    private final long perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

    public RateLimitFilter(@ConfigProperty(name = "checker.rate-limit.requests-per-minute", defaultValue = "600")
                           long perMinute) {
        this.perMinute = perMinute;
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        if (perMinute <= 0 || !isOpen(request.getUriInfo().getPath())) {
            return null;
        }
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().host();
        Bucket bucket = buckets.get(address, a -> Bucket.builder()
                .addLimit(l -> l.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return null;
        }
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
        Language language = Language.fromAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return Response.fromResponse(ProblemMappers.respond(ServiceMessages.problem(
                        ProblemException.of(ProblemType.TOO_MANY_REQUESTS, "detail.tooManyRequests", seconds), language)))
                .header("Retry-After", seconds).build();
    }

    private static boolean isOpen(String path) {
        return path.startsWith("/api/v1/evaluations") || path.startsWith("/api/v1/calendar")
                || path.equals("/api/v1/rulesets");
    }
}
