package kr.policy.checker.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** Contract §15: an unreachable database is a 503 to retry, anything else a 500 to look into. */
class DatabaseOutagesTest {
    @Test
    void connectionFailuresHoweverWrappedAreOutages() {
        assertTrue(DatabaseOutages.causedBy(new CompletionException(new IllegalStateException("group failed",
                new SQLException("Connection refused", "08001")))));
        assertTrue(DatabaseOutages.causedBy(new RuntimeException(new SQLException("terminating connection", "57P01"))));
        assertTrue(DatabaseOutages.causedBy(new SQLException("Acquisition timeout while waiting for new connection")));
        assertTrue(DatabaseOutages.causedBy(new RuntimeException(new jakarta.transaction.RollbackException(
                "ARJUNA016053: Could not commit transaction"))));
        assertTrue(DatabaseOutages.causedBy(new DatabaseOutages.StoreTimeoutException(new TimeoutException())));
        RuntimeException suppressing = new RuntimeException("rollback failed too");
        suppressing.addSuppressed(new SQLException("I/O error", "08006"));
        assertTrue(DatabaseOutages.causedBy(suppressing));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseOutages.causedBy(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseOutages.causedBy(new IllegalStateException("a bug")));
        assertFalse(DatabaseOutages.causedBy(new SQLException("no state")));
    }
}
