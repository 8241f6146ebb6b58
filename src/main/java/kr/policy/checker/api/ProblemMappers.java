package kr.policy.checker.api;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.atomic.AtomicLong;
import kr.policy.checker.text.Language;
import kr.policy.checker.problem.DatabaseOutages;
import kr.policy.checker.problem.Problem;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.problem.ServiceMessages;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves as application/problem+json in the caller's language, without stack traces or class names.
 */
public class ProblemMappers {
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private static final long OUTAGE_WARNING_EVERY_NANOS = 10_000_000_000L;
    /** When the last "database unreachable" line was written: one every 10 s, not one per refused call. */
    private final AtomicLong lastOutageWarning = new AtomicLong(System.nanoTime() - OUTAGE_WARNING_EVERY_NANOS - 1);

    /** Seconds a caller is told to wait when the database cannot be reached (contract §15). */
    @ConfigProperty(name = "checker.database.retry-after", defaultValue = "5")
    long retryAfterSeconds;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers) {
        Response r = respond(ServiceMessages.problem(e, language(headers)));
        if (e.location() != null) {
            return Response.fromResponse(r).location(java.net.URI.create(e.location())).build();
        }
        return r;
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers) {
        return respond(ProblemException.of(ProblemType.NOT_FOUND, "detail.notFound"), headers);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, HttpHeaders headers) {
        Response r = respond(ProblemException.of(ProblemType.METHOD_NOT_ALLOWED, "detail.methodNotAllowed"), headers);
        return Response.fromResponse(r).allow(e.getResponse().getAllowedMethods()).build();
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, HttpHeaders headers) {
        return respond(ProblemException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "detail.unsupportedMediaType",
                header(headers, HttpHeaders.CONTENT_TYPE)), headers);
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, HttpHeaders headers) {
        return respond(ProblemException.of(ProblemType.NOT_ACCEPTABLE, "detail.notAcceptable",
                header(headers, HttpHeaders.ACCEPT)), headers);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status == 413) {
            return respond(ProblemException.of(ProblemType.PAYLOAD_TOO_LARGE, "detail.tooLargeUnmeasured"), headers);
        }
        if (status >= 500) {
            return unexpected(e, headers);
        }
        return respond(new Problem("about:blank", e.getResponse().getStatusInfo().getReasonPhrase(), status,
                e.getResponse().getStatusInfo().getReasonPhrase(), null));
    }

    /** Two changes to one case at once: the later one loses cleanly and can retry. */
    @ServerExceptionMapper({jakarta.persistence.OptimisticLockException.class,
            org.hibernate.StaleObjectStateException.class})
    public Response concurrentChange(RuntimeException e, HttpHeaders headers) {
        return respond(ProblemException.of(ProblemType.CONFLICT, "detail.concurrentChange"), headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof org.hibernate.StaleObjectStateException
                    || cause instanceof org.hibernate.exception.ConstraintViolationException cve
                    && cve.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
                return respond(ProblemException.of(ProblemType.CONFLICT, "detail.concurrentChange"), headers);
            }
            cause = cause.getCause();
        }
        if (DatabaseOutages.causedBy(e)) {
            // a pause, not a bug: the caller retries; the pool's and the store's time limits made this quick
            long now = System.nanoTime();
            long last = lastOutageWarning.get();
            if (now - last > OUTAGE_WARNING_EVERY_NANOS && lastOutageWarning.compareAndSet(last, now)) {
                LOG.warnf("database unreachable, answering 503 (said at most every 10 s): %s", rootMessage(e));
            }
            return Response.fromResponse(respond(ProblemException.of(ProblemType.SERVICE_UNAVAILABLE,
                    "detail.databaseUnavailable", retryAfterSeconds), headers))
                    .header("Retry-After", retryAfterSeconds).build();
        }
        if (clientWentAway(e)) {
            // the client closed the connection mid-request (a load tool stopping, a browser navigating away): nothing
            // failed here, and no one is left to read an answer
            LOG.debugf("client closed the connection: %s", e.getMessage());
        } else {
            LOG.error("unexpected error", e);
        }
        return respond(ProblemException.of(ProblemType.INTERNAL, "detail.internal"), headers);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof io.vertx.core.http.HttpClosedException || t instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    private static Response respond(ProblemException e, HttpHeaders headers) {
        return respond(ServiceMessages.problem(e, language(headers)));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(PROBLEM_JSON).entity(problem).build();
    }

    /** A request header as the caller sent it, for a problem's detail; "-" when absent. */
    private static String header(HttpHeaders headers, String name) {
        String value = headers == null ? null : headers.getHeaderString(name);
        return value == null || value.isBlank() ? "-" : value.length() > 200 ? value.substring(0, 200) + "…" : value;
    }

    private static Language language(HttpHeaders headers) {
        return Language.fromAcceptLanguage(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
