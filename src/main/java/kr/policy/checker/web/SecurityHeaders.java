package kr.policy.checker.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Contract §14's headers on every answer of the service's pages and API: no content sniffing, the referrer kept to
 * this site, and on pages a Content-Security-Policy that allows no inline script (scripts are files under
 * META-INF/resources), no framing and forms posted only here. Inline style attributes stay allowed: the timeline and
 * chart size their SVG with them.
 */
public class SecurityHeaders {
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @ServerResponseFilter
    public void headers(ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().putSingle("Referrer-Policy", "same-origin");
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            response.getHeaders().putSingle("Content-Security-Policy", PAGE_POLICY);
        }
    }
}
