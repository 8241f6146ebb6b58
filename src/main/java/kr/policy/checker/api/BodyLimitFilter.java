package kr.policy.checker.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import kr.policy.checker.text.Language;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ServiceMessages;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body whose Content-Length is over its limit before the body is read. A body sent without a length is
 * measured once read, by the resource.
 */
public class BodyLimitFilter {
    @Inject
    BodyLimits limits;

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        try {
            limits.check(request.getUriInfo().getPath(), Long.parseLong(length.strip()));
            return null;
        } catch (NumberFormatException malformed) {
            return null; // the HTTP layer refuses a malformed Content-Length
        } catch (ProblemException tooLarge) {
            Language language = Language.fromAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            return ProblemMappers.respond(ServiceMessages.problem(tooLarge, language));
        }
    }
}
