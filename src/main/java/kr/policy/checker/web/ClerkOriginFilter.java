package kr.policy.checker.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Cross-site request forgery defence for the clerk pages, beside the SameSite=Strict session cookie: a state-changing
 * request under /clerk or /admin must name this site in its Origin (or, failing that, Referer) header.
 */
public class ClerkOriginFilter {
    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.startsWith("/clerk") || path.startsWith("/admin")) || request.getMethod().equals("GET")
                || request.getMethod().equals("HEAD")) {
            return null;
        }
        String host = request.getHeaderString("Host");
        String origin = request.getHeaderString("Origin");
        if (origin == null || origin.equals("null")) {
            origin = request.getHeaderString("Referer");
        }
        if (host != null && origin != null && sameHost(origin, host)) {
            return null;
        }
        return Response.status(Response.Status.FORBIDDEN).type("text/plain; charset=UTF-8")
                .entity("cross-site request refused").build();
    }

    private static boolean sameHost(String origin, String host) {
        try {
            URI u = URI.create(origin.strip());
            String authority = u.getPort() == -1 ? u.getHost() : u.getHost() + ":" + u.getPort();
            return host.equalsIgnoreCase(authority);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
