package kr.policy.checker.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;

/**
 * Turns the X-API-Key header into a caller. A key that is presented but unknown or revoked is a 401 even where no
 * key is needed, so a partner learns at once that its key is wrong.
 */
@ApplicationScoped
public class Access {
    @Inject
    ApiKeys keys;

    /** The caller, or empty for an anonymous request. */
    public Optional<Principal> optional(String apiKey) {
        if (apiKey == null) {
            return Optional.empty();
        }
        return Optional.of(keys.authenticate(apiKey)
                .orElseThrow(() -> ProblemException.of(ProblemType.UNAUTHORIZED, "detail.badKey")));
    }

    /** The caller; 401 without a key. */
    public Principal required(String apiKey) {
        return optional(apiKey).orElseThrow(() -> ProblemException.of(ProblemType.UNAUTHORIZED, "detail.needKey"));
    }

    /** The caller if it has one of the roles; 401 without a key, 403 with a key of another role. */
    public Principal requireRole(String apiKey, Role... roles) {
        Principal p = required(apiKey);
        for (Role r : roles) {
            if (p.role() == r) {
                return p;
            }
        }
        throw ProblemException.of(ProblemType.FORBIDDEN, "detail.role", java.util.Arrays.toString(roles));
    }
}
