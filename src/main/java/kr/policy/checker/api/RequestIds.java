package kr.policy.checker.api;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Contract §15: every request has an id, in every log line written while it is served ({@code requestId} in the
 * MDC: a field of the JSON logs, {@code %X{requestId}} in the text ones) and echoed as {@code X-Request-Id}. A
 * caller's or load balancer's own id is kept when it is a plain token; anything else is replaced, so a header cannot
 * write into the logs.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    /** Before everything else, so even the earliest refusal carries the id. */
    private static final int PRIORITY = 2_000;

    void register(@Observes Filters filters) {
        filters.register(this::tag, PRIORITY);
    }

    private void tag(RoutingContext http) {
        String id = http.request().getHeader(HEADER);
        if (id == null || !PLAIN.matcher(id).matches()) {
            id = Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
            http.request().headers().set(HEADER, id);
        }
        MDC.put(MDC_KEY, id);
        http.response().headers().set(HEADER, id);
        http.next();
    }
}
