package kr.policy.checker.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** Clerk accounts for the clerk pages: created by admins, passwords kept as bcrypt hashes. */
@ApplicationScoped
public class ClerkUsers {
    /** Checked when a username is unknown, so that the answer takes as long as for a known one. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no such clerk");

    @Inject
    Clock clock;

    @Inject
    ApiKeys keys;

    @Transactional
    public ClerkUser create(String username, String password, String organization, Role role) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (ClerkUser.count("username", name) > 0) {
            throw ProblemException.of(ProblemType.CONFLICT, "detail.usernameTaken", name);
        }
        ClerkUser u = new ClerkUser();
        u.id = UUID.randomUUID();
        u.username = name;
        u.passwordHash = BcryptUtil.bcryptHash(password);
        u.organization = organization.strip();
        u.createdAt = OffsetDateTime.now(clock);
        u.role = role;
        u.apiKeyId = keys.issue((role == Role.ADMIN ? "rule author " : "clerk ") + name, role, u.organization).key().id;
        u.persist();
        return u;
    }

    @Transactional
    public List<ClerkUser> list() {
        return ClerkUser.listAll();
    }

    /** Whether a clerk of that username exists and is not disabled. */
    @Transactional
    public boolean isActive(String username) {
        return ClerkUser.count("username = ?1 and disabledAt is null", username) > 0;
    }

    /** The caller a signed-in clerk acts as: their own key (role CLERK or ADMIN) and organization. */
    @Transactional
    public Principal principal(String username) {
        ClerkUser u = ClerkUser.<ClerkUser>find("username = ?1 and disabledAt is null", username).firstResult();
        if (u == null) {
            throw ProblemException.of(ProblemType.UNAUTHORIZED, "detail.needKey");
        }
        return new Principal(u.apiKeyId, u.username, u.role, u.organization);
    }

    /** The clerk, if the username exists, is enabled and the password matches. */
    public Optional<ClerkUser> verify(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<ClerkUser> user = QuarkusTransaction.requiringNew().call(() -> ClerkUser.<ClerkUser>find(
                "username = ?1 and disabledAt is null", username.strip().toLowerCase(Locale.ROOT)).firstResultOptional());
        boolean matches = matches(password, user.map(u -> u.passwordHash).orElse(DUMMY_HASH));
        return user.filter(u -> matches);
    }

    private static boolean matches(String password, String hash) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT);
            Password stored = factory.translate(ModularCrypt.decode(hash));
            return factory.verify(stored, password.toCharArray());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("a stored password hash that is not bcrypt", e);
        }
    }
}
