package kr.policy.checker.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import kr.policy.checker.problem.Problem;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.problem.ServiceMessages;
import kr.policy.checker.text.Language;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the HTTP layer refuses before any resource runs, answered like every other refusal: problem+json on the API,
 * the site's error page on pages. A request line over {@code checker.limits.request-line-bytes} is a 414, headers over
 * {@code checker.limits.header-bytes} a 431 (Vert.x's own ceilings, quarkus.http.limits.max-initial-line-length and
 * max-header-size, sit far above these: beyond them the connection is refused with an empty answer, before any
 * handler can run); a request the router fails (a body over quarkus.http.limits.max-body-size, say) gets its status
 * with a body that says so.
 */
@ApplicationScoped
public class HttpRefusals {
    /** After the request id and the security headers (1000), before authentication (200). */
    private static final int PRIORITY = 900;
    private static final Map<Integer, ProblemType> TYPES = Map.of(400, ProblemType.MALFORMED_JSON,
            404, ProblemType.NOT_FOUND, 405, ProblemType.METHOD_NOT_ALLOWED, 406, ProblemType.NOT_ACCEPTABLE,
            413, ProblemType.PAYLOAD_TOO_LARGE, 414, ProblemType.URI_TOO_LONG, 415, ProblemType.UNSUPPORTED_MEDIA_TYPE,
            431, ProblemType.HEADERS_TOO_LARGE, 503, ProblemType.SERVICE_UNAVAILABLE);

    @ConfigProperty(name = "checker.limits.request-line-bytes", defaultValue = "8192")
    int lineLimit;
    @ConfigProperty(name = "checker.limits.header-bytes", defaultValue = "20480")
    int headerLimit;
    /** The ceiling on any body; the API's own per-path limits (BodyLimits) sit below it. */
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    java.util.Optional<io.quarkus.runtime.configuration.MemorySize> maxBody;

    @Inject
    ErrorPages pages;
    @Inject
    ObjectMapper json;

    void limits(@Observes Filters filters) {
        filters.register(this::checkSizes, PRIORITY);
    }

    void failures(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
    }

    private void checkSizes(RoutingContext http) {
        HttpServerRequest request = http.request();
        int line = request.method().name().length() + request.uri().length() + 11; // " " + " HTTP/1.1"
        if (line > lineLimit) {
            refuse(http, ProblemException.of(ProblemType.URI_TOO_LONG, "detail.uriTooLong", line, lineLimit));
            return;
        }
        int headers = 0;
        for (Map.Entry<String, String> h : request.headers()) {
            headers += h.getKey().length() + h.getValue().length() + 4; // ": " and CRLF
        }
        if (headers > headerLimit) {
            refuse(http, ProblemException.of(ProblemType.HEADERS_TOO_LARGE, "detail.headersTooLarge", headers,
                    headerLimit));
            return;
        }
        // a declared length over the ceiling, before Quarkus' own check answers it with an empty 413 (a body sent in
        // chunks without a length is cut off there at the ceiling: docs/api.md says so)
        String length = request.getHeader("Content-Length");
        if (length != null && maxBody.isPresent() && length.length() < 19 && length.chars().allMatch(Character::isDigit)
                && Long.parseLong(length) > maxBody.get().asLongValue()) {
            refuse(http, ProblemException.of(ProblemType.PAYLOAD_TOO_LARGE, "detail.tooLarge", Long.parseLong(length),
                    maxBody.get().asLongValue()));
            return;
        }
        http.next();
    }

    /**
     * A request the router failed with a bare status before a resource answered (a body over the ceiling, say): that
     * status, with a body that says what happened. A failure with an exception belongs to its own handler (a failed
     * sign-in goes back to the sign-in page, a locked one gets the 429 page), and Quarkus answers the rest.
     */
    private void failed(RoutingContext http) {
        ProblemType type = TYPES.get(http.statusCode());
        if (type == null || http.failure() != null || http.response().headWritten() || http.response().ended()) {
            http.next();
            return;
        }
        refuse(http, ProblemException.of(type, type == ProblemType.PAYLOAD_TOO_LARGE ? "detail.tooLargeUnmeasured"
                : type == ProblemType.NOT_FOUND ? "detail.notFound"
                : type == ProblemType.METHOD_NOT_ALLOWED ? "detail.methodNotAllowed" : "detail.httpRefused"));
    }

    private void refuse(RoutingContext http, ProblemException refusal) {
        HttpServerRequest request = http.request();
        String path = request.path() == null ? "/" : request.path();
        Language language = PageFrame.language(request.getParam("lang"), request.getHeader("Accept-Language"));
        Problem problem = ServiceMessages.problem(refusal, language);
        var response = http.response().setStatusCode(problem.status());
        // the connection is closed after an oversized request, as Vert.x would: what follows it cannot be trusted
        response.putHeader("Connection", "close");
        if (ErrorPages.isPagePath(path)) {
            response.putHeader("Content-Type", "text/html;charset=UTF-8")
                    .end(pages.render(problem.status(), problem.detail(), language, path));
            return;
        }
        try {
            response.putHeader("Content-Type", "application/problem+json").end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            response.end();
        }
    }
}
