package kr.policy.checker.problem;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import java.util.concurrent.TimeoutException;

/**
 * Tells a database that cannot be reached from a failure of the request itself (contract §15): the first is a 503
 * the caller may retry, the second a 500 to investigate. Reached means: a connection could be had from the pool in
 * time, and the server answered on it.
 */
public final class DatabaseOutages {
    private DatabaseOutages() {
    }

    /** True if {@code failure}, or anything that caused it (or was suppressed by it), says the database is unreachable. */
    public static boolean causedBy(Throwable failure) {
        return causedBy(failure, 0);
    }

    private static boolean causedBy(Throwable failure, int depth) {
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (says(t)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (causedBy(suppressed, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A commit that failed (the transaction manager's rollback and heuristic outcomes, the pool's XA error) happens
     * here only when the connection broke under it: the service marks no transaction rollback-only on purpose.
     */
    private static boolean says(Throwable t) {
        return t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException
                || t instanceof StoreTimeoutException
                || t instanceof jakarta.transaction.RollbackException
                || t instanceof jakarta.transaction.HeuristicMixedException
                || t instanceof jakarta.transaction.HeuristicRollbackException
                || t instanceof javax.transaction.xa.XAException
                || t instanceof SQLException sql && unreachable(sql);
    }

    /**
     * SQLState class 08 is "connection exception" and 57P01–57P03 a server shutting down or starting (PostgreSQL);
     * Agroal's pool says it timed out waiting for a connection without a state.
     */
    private static boolean unreachable(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            return state.startsWith("08") || state.startsWith("57P");
        }
        String message = e.getMessage();
        return message != null && message.contains("Acquisition timeout");
    }

    /** A store that did not finish in the time a caller may wait: the database is taken to be unreachable. */
    public static final class StoreTimeoutException extends RuntimeException {
        public StoreTimeoutException(TimeoutException cause) {
            super("the store did not finish in time", cause, false, false);
        }
    }
}
