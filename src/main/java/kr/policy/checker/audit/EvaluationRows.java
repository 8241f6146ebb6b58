package kr.policy.checker.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Inserts stored evaluations as one JDBC batch in the caller's transaction. Records are written once and never
 * updated or read back in the same transaction, so the ORM's persistence context, flush and entity bookkeeping bought
 * nothing on the partner's path (docs/benchmarks.md); reading them back stays with {@link EvaluationRecord}.
 */
@ApplicationScoped
class EvaluationRows {
    private static final String INSERT = "INSERT INTO evaluation_record (id, domain, as_of, outcome, rule_set_version, "
            + "caller_key_id, organization, input_json, output_json, language, created_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    DataSource dataSource;

    /** Inserts the records; must run in a transaction (the connection is the transaction's, committed with it). */
    void insert(List<EvaluationRecord> records) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (EvaluationRecord r : records) {
                insert.setObject(1, r.id);
                insert.setString(2, r.domain);
                insert.setObject(3, r.asOf);
                insert.setString(4, r.outcome);
                insert.setString(5, r.ruleSetVersion);
                insert.setObject(6, r.callerKeyId);
                insert.setString(7, r.organization);
                insert.setString(8, r.inputJson);
                insert.setString(9, r.outputJson);
                insert.setString(10, r.language);
                insert.setObject(11, r.createdAt);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new EvaluationsNotStoredException(records.size(), e);
        }
    }

    /** The insert failed; its cause says whether the database was unreachable (contract §15) or refused the rows. */
    static final class EvaluationsNotStoredException extends RuntimeException {
        EvaluationsNotStoredException(int count, SQLException cause) {
            super(count + " evaluations not stored", cause);
        }
    }
}
