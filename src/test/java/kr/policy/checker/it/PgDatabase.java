package kr.policy.checker.it;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** The PostgreSQL the *PgIT tests and DatabaseOutageIT run against (CHECKER_IT_PG, default the machine's own). */
final class PgDatabase {
    static final String SERVER = System.getenv().getOrDefault("CHECKER_IT_PG", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getenv().getOrDefault("CHECKER_IT_PG_USER", "postgres");
    static final int PORT = URI.create(SERVER.substring("jdbc:".length())).getPort();

    private PgDatabase() {
    }

    /** An empty database of that name, dropped first if a run before left it. */
    static void fresh(String name) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
    }
}
