package kr.policy.checker.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Guards admin operations with the bootstrap admin key ({@code checker.bootstrap.admin-api-key}, env
 * CHECKER_BOOTSTRAP_ADMIN_API_KEY). Only its SHA-256 is kept; comparison takes constant time.
 */
@ApplicationScoped
public class AdminKey {
    private final byte[] keyHash;

    @Inject
    public AdminKey(@ConfigProperty(name = "checker.bootstrap.admin-api-key") Optional<String> key) {
        this.keyHash = key.filter(k -> !k.isBlank()).map(AdminKey::sha256).orElse(null);
    }

    /** Refuses unless {@code presented} is the admin key: 403 when none is configured, else 401. */
    public void require(String presented) {
        if (keyHash == null) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "detail.noAdminKey");
        }
        if (presented == null || !MessageDigest.isEqual(keyHash, sha256(presented))) {
            throw ProblemException.of(ProblemType.UNAUTHORIZED, "detail.unauthorized");
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
