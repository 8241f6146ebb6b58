package kr.policy.checker.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Signs clerks in to the clerk pages (form authentication) against their bcrypt-hashed passwords, throttled per
 * account and address (contract §14): a locked attempt is refused before the password is checked, and every failure,
 * lock and sign-in is audited.
 */
@ApplicationScoped
public class ClerkIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    @Inject
    ClerkUsers clerks;

    @Inject
    SignInThrottle throttle;

    @Inject
    SecurityEvents events;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String username = request.getUsername();
        String address = address(HttpSecurityUtils.getRoutingContextAttribute(request));
        Optional<Duration> wait = throttle.refusal(username, address);
        if (wait.isPresent()) {
            return Uni.createFrom().failure(new SignInRefused(wait.get()));
        }
        return context.runBlocking(() -> {
            Optional<ClerkUser> clerk = clerks.verify(username, new String(request.getPassword().getPassword()));
            if (clerk.isEmpty()) {
                boolean locked = throttle.failed(username, address);
                events.signIn(SecurityAction.SIGN_IN_FAILED, username, address, null);
                if (locked) {
                    events.signIn(SecurityAction.SIGN_IN_LOCKED, username, address,
                            throttle.refusal(username, address).map(d -> "for " + d.toSeconds() + " s").orElse(null));
                }
                throw new AuthenticationFailedException("unknown clerk or wrong password");
            }
            throttle.succeeded(username);
            events.signIn(SecurityAction.SIGN_IN, username, address, null);
            ClerkUser u = clerk.get();
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(u.username))
                    .addRole("clerk")
                    .addAttribute("organization", u.organization)
                    .build();
        });
    }

    private static String address(RoutingContext http) {
        SocketAddress remote = http == null ? null : http.request().remoteAddress();
        return remote == null || remote.host() == null ? "unknown" : remote.host();
    }
}
