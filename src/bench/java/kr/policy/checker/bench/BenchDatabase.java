package kr.policy.checker.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server the PostgreSQL build is measured on: {@code -Dbench.pg} (default the machine's own on
 * loopback, as CI has it); {@code -Dbench.pg.skip=true} measures the H2 build only. Each run gets an empty database
 * of its own.
 */
final class BenchDatabase {
    static final String SERVER = System.getProperty("bench.pg", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getProperty("bench.pg.user", "postgres");
    static final String PASSWORD = System.getProperty("bench.pg.password", "");

    private BenchDatabase() {
    }

    static boolean wanted() {
        return !Boolean.getBoolean("bench.pg.skip");
    }

    /** Drops and creates the database {@code name}; returns its JDBC URL. */
    static String fresh(String name) {
        String database = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("no PostgreSQL at " + SERVER + " for the PostgreSQL build's figures "
                    + "(-Dbench.pg.skip=true measures the H2 build only)", e);
        }
        return SERVER + database;
    }
}
