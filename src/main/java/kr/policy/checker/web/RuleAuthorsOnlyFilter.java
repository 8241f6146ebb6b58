package kr.policy.checker.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import kr.policy.checker.security.ClerkUsers;
import kr.policy.checker.security.Principal;
import kr.policy.checker.security.Role;
import kr.policy.checker.text.Language;

/**
 * The one admin check of the rule authors' pages. Signing in is required for /admin/* by the HTTP permissions
 * (application.properties); this filter lets through only an account of role ADMIN and answers any other with the
 * forbidden page in the reader's language. It runs on the handler's thread, so the account is read like any page's.
 */
@Provider
@RuleAuthorsOnly
public class RuleAuthorsOnlyFilter implements ContainerRequestFilter {
    @Inject SecurityIdentity identity;
    @Inject ClerkUsers clerks;
    @Inject RuleAuthor author;
    @Inject PageFrame frame;
    @Inject @Location("rules-forbidden.html") Template forbidden;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal signedIn = identity.isAnonymous() ? null : clerks.principal(identity.getPrincipal().getName());
        if (signedIn != null && signedIn.role() == Role.ADMIN) {
            author.set(signedIn);
            return;
        }
        Language language = PageFrame.language(request.getUriInfo().getQueryParameters().getFirst("lang"),
                request.getHeaderString("Accept-Language"));
        request.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE)
                .entity(frame.page(forbidden, language, "/admin/rules").render()).build());
    }
}
