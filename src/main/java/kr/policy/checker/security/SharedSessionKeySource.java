package kr.policy.checker.security;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

/**
 * Contract §9: a clerk signed in through one instance stays signed in on the others. The sign-in cookie is
 * encrypted with {@code quarkus.http.auth.session.encryption-key}; when the operator has not configured one, the
 * instances agree on one kept in the database, made by the first instance that needs it. A configured key always
 * wins (this source's ordinal is below application.properties, the environment and system properties).
 *
 * <p>Config is built before the datasource and Flyway exist, so this reads the datasource's settings and opens one
 * plain JDBC connection. The key lives in its own schema ({@code checker_shared}), which the schema migrations never
 * touch and a test's clean never empties. If the database cannot be reached, nothing is supplied and Quarkus makes a
 * key of its own for this process (sessions then last until its restart), as it always did.
 */
public class SharedSessionKeySource implements ConfigSourceFactory {
    static final String KEY = "quarkus.http.auth.session.encryption-key";
    private static final Logger LOG = Logger.getLogger(SharedSessionKeySource.class);
    private static final int ORDINAL = 150;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (io.quarkus.runtime.ExecutionMode.current() != io.quarkus.runtime.ExecutionMode.RUNTIME_INIT) {
            return List.of(); // the build also reads config: it must not touch a database
        }
        if (present(context.getValue(KEY)) || "false".equals(value(context, "checker.session.shared-key"))) {
            return List.of();
        }
        String url = value(context, "quarkus.datasource.jdbc.url");
        if (url == null || url.isBlank()) {
            return List.of();
        }
        try (Connection c = DriverManager.getConnection(url, value(context, "quarkus.datasource.username"),
                value(context, "quarkus.datasource.password"))) {
            String key = sharedKey(c);
            return List.of(new PropertiesConfigSource(Map.of(KEY, key), "checker shared session key", ORDINAL));
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("no shared session key (%s): this instance makes its own; set %s to share sign-ins",
                    e.getMessage(), KEY);
            return List.of();
        }
    }

    /** The key in the database, made now if there is none (two instances racing: the insert that loses reads). */
    static String sharedKey(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS checker_shared");
            s.execute("CREATE TABLE IF NOT EXISTS checker_shared.secret (name VARCHAR(100) PRIMARY KEY, "
                    + "secret VARCHAR(200) NOT NULL)");
        }
        String existing = read(c);
        if (existing != null) {
            return existing;
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO checker_shared.secret (name, secret) VALUES ('session-encryption-key', ?)")) {
            insert.setString(1, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
            insert.executeUpdate();
        } catch (SQLException raced) {
            // another instance inserted first
        }
        String key = read(c);
        if (key == null) {
            throw new IllegalStateException("the shared session key could not be stored");
        }
        return key;
    }

    private static String read(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT secret FROM checker_shared.secret WHERE name = 'session-encryption-key'")) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private static boolean present(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue v = context.getValue(name);
        return v == null ? null : v.getValue();
    }
}
