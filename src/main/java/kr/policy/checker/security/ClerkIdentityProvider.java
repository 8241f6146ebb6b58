package kr.policy.checker.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Signs clerks in to the clerk pages (form authentication) against their bcrypt-hashed passwords. */
@ApplicationScoped
public class ClerkIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    @Inject
    ClerkUsers clerks;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        return context.runBlocking(() -> clerks.verify(request.getUsername(),
                        new String(request.getPassword().getPassword()))
                .map(u -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(u.username))
                        .addRole("clerk")
                        .addAttribute("organization", u.organization)
                        .build())
                .orElseThrow(() -> new AuthenticationFailedException("unknown clerk or wrong password")));
    }
}
