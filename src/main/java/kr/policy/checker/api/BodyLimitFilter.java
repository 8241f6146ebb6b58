package kr.policy.checker.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import kr.policy.checker.engine.Language;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body over its limit before it is read: {@code checker.limits.case-body-bytes} for one case,
 * {@code checker.limits.batch-body-bytes} for a batch (quarkus.http.limits.max-body-size is the hard ceiling).
 */
public class BodyLimitFilter {
    @Inject
    @ConfigProperty(name = "checker.limits.case-body-bytes", defaultValue = "1048576")
    long caseLimit;

    @Inject
    @ConfigProperty(name = "checker.limits.batch-body-bytes", defaultValue = "67108864")
    long batchLimit;

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        long limit = limitFor(request.getUriInfo().getPath());
        try {
            long declared = Long.parseLong(length.strip());
            if (declared > limit) {
                Language language = Language.fromAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
                return ProblemMappers.respond(ServiceMessages.problem(ProblemException.of(
                        ProblemType.PAYLOAD_TOO_LARGE, "detail.tooLarge", declared, limit), language));
            }
        } catch (NumberFormatException ignored) {
            // a malformed Content-Length is the HTTP layer's to refuse
        }
        return null;
    }

    /** The limit for a path: the batch limit under /batch, the single-case limit elsewhere. */
    public long limitFor(String path) {
        return path.endsWith("/batch") ? batchLimit : caseLimit;
    }
}
