package kr.policy.checker.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import kr.policy.checker.app.ClockProducer;
import kr.policy.checker.register.RegisterKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What a simulation judges, read a page at a time (keyset order by id, plain JDBC, each page its own short read), so
 * that memory holds one page whatever the number of cases and stored evaluations.
 */
@ApplicationScoped
class SimulationSubjects {
    private static final Logger LOG = Logger.getLogger(SimulationSubjects.class);

    /** One thing to judge: its facts, and the day to judge them on (null: today). */
    record Subject(SimulationItem.Source source, String ref, String domain, String organization, String title,
                   ObjectNode input, LocalDate asOf) {
    }

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "checker.examples.dir", defaultValue = "examples")
    String examplesDir;

    long countCases() {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(c) from RegisteredCase c", Long.class).getSingleResult());
    }

    long countEvaluations(LocalDate from) {
        return QuarkusTransaction.requiringNew().call(() -> {
            TypedQuery<Long> q = em.createQuery("select count(r) from EvaluationRecord r"
                    + (from == null ? "" : " where r.createdAt >= :from"), Long.class);
            if (from != null) {
                q.setParameter("from", from.atStartOfDay(ClockProducer.SEOUL).toOffsetDateTime());
            }
            return q.getSingleResult();
        });
    }

    /** Every register case, judged as of {@code today}, page by page. */
    void cases(int pageSize, LocalDate today, Consumer<List<Subject>> page) {
        keyset("SELECT id, domain, organization, title, facts_json FROM register_case", null, pageSize, page,
                r -> {
                    String domain = r.getString(2);
                    return new Subject(source(domain), r.getObject(1, UUID.class).toString(), domain, r.getString(3),
                            r.getString(4), object(r.getString(5)), today);
                });
    }

    /** Every stored evaluation made on or after {@code from} (any when null), with its stored input and asOf. */
    void evaluations(int pageSize, LocalDate from, Consumer<List<Subject>> page) {
        keyset("SELECT id, domain, organization, as_of, input_json FROM evaluation_record",
                from == null ? null : from.atStartOfDay(ClockProducer.SEOUL).toOffsetDateTime(), pageSize, page,
                r -> new Subject(SimulationItem.Source.STORED_EVALUATION, r.getObject(1, UUID.class).toString(),
                        r.getString(2), r.getString(3), null, object(r.getString(5)),
                        r.getObject(4, LocalDate.class)));
    }

    /** Reads one row of a page into a subject. */
    @FunctionalInterface
    private interface Row {
        Subject read(ResultSet r) throws SQLException;
    }

    /**
     * Pages of {@code select} in id order with plain JDBC (no ORM entity, no persistence context, no transaction: one
     * short read per page), each handed to {@code page} before the next is read, so memory holds one page.
     */
    private void keyset(String select, OffsetDateTime createdFrom, int pageSize, Consumer<List<Subject>> page,
                        Row row) {
        String first = select + (createdFrom == null ? "" : " WHERE created_at >= ?") + " ORDER BY id LIMIT ?";
        String next = select + " WHERE " + (createdFrom == null ? "" : "created_at >= ? AND ") + "id > ? ORDER BY id LIMIT ?";
        UUID after = null;
        while (true) {
            List<Subject> subjects = new ArrayList<>(pageSize);
            UUID last = null;
            try (Connection c = dataSource.getConnection();
                 PreparedStatement q = c.prepareStatement(after == null ? first : next)) {
                int i = 1;
                if (createdFrom != null) {
                    q.setObject(i++, createdFrom);
                }
                if (after != null) {
                    q.setObject(i++, after);
                }
                q.setInt(i, pageSize);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        last = r.getObject(1, UUID.class);
                        subjects.add(row.read(r));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("simulation subjects not read: " + e.getMessage(), e);
            }
            if (subjects.isEmpty()) {
                return;
            }
            page.accept(subjects);
            after = last;
        }
    }

    /** The example files (examples/<domain>/*.json): few enough to read at once. */
    List<Subject> examples() {
        Path dir = Path.of(examplesDir);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Subject> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String ref = dir.relativize(p).toString().replace('\\', '/');
                try {
                    JsonNode example = json.readTree(p.toFile());
                    if (ref.contains("/") && example.path("input").isObject()) {
                        out.add(new Subject(SimulationItem.Source.EXAMPLE, ref, ref.substring(0, ref.indexOf('/')),
                                null, example.path("description").asText(null), (ObjectNode) example.get("input"), null));
                    }
                } catch (IOException e) {
                    LOG.warnf("example %s is not JSON; left out of the simulation: %s", ref, e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warnf("examples directory %s cannot be read: %s", dir, e.getMessage());
        }
        return out;
    }

    private static SimulationItem.Source source(String domain) {
        return domain.equals(RegisterKind.PERMIT_CASES.domain()) ? SimulationItem.Source.PERMIT_CASE
                : SimulationItem.Source.REGULATION_REVIEW;
    }

    private ObjectNode object(String text) {
        try {
            return (ObjectNode) json.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("stored facts that are not JSON", e);
        }
    }
}
