package kr.policy.checker.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Contract §14's headers on every answer: pages, API, static files, sign-in redirects and refusals alike (so this is
 * an HTTP filter that runs before authentication, not a JAX-RS one). No content sniffing, the referrer kept to this
 * site; on HTML a Content-Security-Policy that allows no inline script (scripts are files under META-INF/resources),
 * no framing and forms posted only here. Inline style attributes stay allowed: the timeline and chart size their SVG
 * with them. Answers that carry a caller's stored data (a keyed call, the clerk and rule-author pages) are never
 * cached. HSTS only when the operator says the service is reached over TLS ({@code checker.security.behind-tls}):
 * sent over plain HTTP it would lock browsers out of a test instance.
 */
@ApplicationScoped
public class SecurityHeaders {
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** Before authentication (priority 200), so its redirects and refusals carry the headers too. */
    private static final int PRIORITY = 1_000;

    private final String hsts;

    public SecurityHeaders(@ConfigProperty(name = "checker.security.behind-tls", defaultValue = "false")
                           boolean behindTls,
                           @ConfigProperty(name = "checker.security.hsts-max-age", defaultValue = "P365D")
                           Duration hstsMaxAge) {
        this.hsts = behindTls ? "max-age=" + hstsMaxAge.toSeconds() : null;
    }

    void register(@Observes Filters filters) {
        filters.register(http -> {
            http.addHeadersEndHandler(done -> apply(http));
            http.next();
        }, PRIORITY);
    }

    private void apply(RoutingContext http) {
        MultiMap headers = http.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        if (hsts != null) {
            headers.set("Strict-Transport-Security", hsts);
        }
        String type = headers.get("Content-Type");
        if (type != null && type.startsWith("text/html")) {
            headers.set("Content-Security-Policy", PAGE_POLICY);
        }
        if (!headers.contains("Cache-Control") && carriesStoredData(http.request())) {
            headers.set("Cache-Control", "no-store");
        }
    }

    private static boolean carriesStoredData(HttpServerRequest request) {
        String path = request.path();
        return request.getHeader("X-API-Key") != null || path.startsWith("/clerk") || path.startsWith("/admin");
    }
}
