package kr.policy.checker.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import kr.policy.checker.problem.Problem;
import kr.policy.checker.text.Language;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A refusal on a page path (an unknown page, a method a page does not take, a failure) reaches a person, not a
 * partner's program: the problem the exception mappers made is shown as the site's error page instead, with the same
 * status.
 */
public class ErrorPageFilter {
    private static final MediaType HTML = MediaType.valueOf("text/html;charset=UTF-8");

    @Inject
    ErrorPages pages;

    @ServerResponseFilter
    public void toPage(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type == null || !"problem+json".equals(type.getSubtype())
                || !ErrorPages.isPagePath(request.getUriInfo().getPath())) {
            return;
        }
        String detail = response.getEntity() instanceof Problem p ? p.detail() : null;
        Language language = PageFrame.language(request.getUriInfo().getQueryParameters().getFirst("lang"),
                request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        response.setEntity(pages.render(response.getStatus(), detail, language, request.getUriInfo().getPath()),
                null, HTML);
    }
}
