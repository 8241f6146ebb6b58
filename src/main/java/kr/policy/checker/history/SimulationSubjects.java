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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import kr.policy.checker.app.ClockProducer;
import kr.policy.checker.audit.EvaluationRecord;
import kr.policy.checker.register.RegisterKind;
import kr.policy.checker.register.RegisteredCase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What a simulation judges, read a page at a time (keyset order by id, each page its own short transaction), so
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

    @ConfigProperty(name = "checker.examples.dir", defaultValue = "examples")
    String examplesDir;

    long countCases() {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(c) from RegisteredCase c", Long.class).getSingleResult());
    }

    long countEvaluations(LocalDate from) {
        return QuarkusTransaction.requiringNew().call(() -> evaluationsQuery("select count(r)", from, null, Long.class)
                .getSingleResult());
    }

    /** Every register case, judged as of {@code today}, page by page. */
    void cases(int pageSize, LocalDate today, Consumer<List<Subject>> page) {
        UUID after = null;
        while (true) {
            UUID last = after;
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> {
                TypedQuery<Object[]> q = em.createQuery("select c.id, c.domain, c.organization, c.title, c.factsJson"
                        + " from RegisteredCase c" + (last == null ? "" : " where c.id > :after") + " order by c.id",
                        Object[].class);
                if (last != null) {
                    q.setParameter("after", last);
                }
                return q.setMaxResults(pageSize).getResultList();
            });
            if (rows.isEmpty()) {
                return;
            }
            List<Subject> subjects = new ArrayList<>(rows.size());
            for (Object[] r : rows) {
                String domain = (String) r[1];
                subjects.add(new Subject(source(domain), r[0].toString(), domain, (String) r[2], (String) r[3],
                        object((String) r[4]), today));
            }
            page.accept(subjects);
            after = (UUID) rows.get(rows.size() - 1)[0];
        }
    }

    /** Every stored evaluation made on or after {@code from} (any when null), with its stored input and asOf. */
    void evaluations(int pageSize, LocalDate from, Consumer<List<Subject>> page) {
        UUID after = null;
        while (true) {
            UUID last = after;
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> evaluationsQuery(
                    "select r.id, r.domain, r.organization, r.asOf, r.inputJson", from, last, Object[].class)
                    .setMaxResults(pageSize).getResultList());
            if (rows.isEmpty()) {
                return;
            }
            List<Subject> subjects = new ArrayList<>(rows.size());
            for (Object[] r : rows) {
                subjects.add(new Subject(SimulationItem.Source.STORED_EVALUATION, r[0].toString(), (String) r[1],
                        (String) r[2], null, object((String) r[4]), (LocalDate) r[3]));
            }
            page.accept(subjects);
            after = (UUID) rows.get(rows.size() - 1)[0];
        }
    }

    private <T> TypedQuery<T> evaluationsQuery(String select, LocalDate from, UUID after, Class<T> type) {
        List<String> where = new ArrayList<>();
        if (from != null) {
            where.add("r.createdAt >= :from");
        }
        if (after != null) {
            where.add("r.id > :after");
        }
        String q = select + " from EvaluationRecord r" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + (type == Long.class ? "" : " order by r.id");
        TypedQuery<T> query = em.createQuery(q, type);
        if (from != null) {
            query.setParameter("from", from.atStartOfDay(ClockProducer.SEOUL).toOffsetDateTime());
        }
        if (after != null) {
            query.setParameter("after", after);
        }
        return query;
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
