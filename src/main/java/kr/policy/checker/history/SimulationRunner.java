package kr.policy.checker.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import kr.policy.checker.engine.ExplanationEntry;
import kr.policy.checker.judging.EvaluationResponse;
import kr.policy.checker.text.Language;
import kr.policy.checker.engine.RuleSet;
import kr.policy.checker.judging.CaseJudge;
import kr.policy.checker.problem.FieldError;
import kr.policy.checker.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * Runs one simulation: each page of subjects judged on the base and on the candidate (on every core), then its
 * items and the running summary written in one transaction that first checks the simulation was not cancelled.
 */
@ApplicationScoped
class SimulationRunner {
    private static final Logger LOG = Logger.getLogger(SimulationRunner.class);
    static final String REFUSED = "REFUSED";
    private static final int PAGE = 500;
    /** A refusal names no legal source: the same as an answer without the field. */
    private static final byte[] NO_SOURCES = "null".getBytes(StandardCharsets.UTF_8);
    private static final String INSERT = "INSERT INTO simulation_item (simulation_id, seq, source, ref, domain, "
            + "organization, title, base_outcome, candidate_outcome, changed, changes_json) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    SimulationSubjects subjects;
    @Inject
    CaseJudge judge;
    @Inject
    ObjectMapper json;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    DataSource dataSource;

    /** Thrown out of a page when the simulation is no longer running (cancelled): ends the run quietly. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /**
     * One answer as far as a simulation compares it: its outcome, its result and legal sources as JSON bytes, and the
     * rules that fired. Two answers whose outcome and bytes are equal are the same answer without building a tree.
     */
    private record Answer(String outcome, byte[] result, byte[] sources, List<String> fired) {
        boolean sameAs(Answer other) {
            return outcome.equals(other.outcome) && Arrays.equals(result, other.result)
                    && Arrays.equals(sources, other.sources);
        }
    }

    private record Judged(SimulationSubjects.Subject subject, Answer base, Answer candidate,
                          List<AnswerDiff.Leaf> changes) {
    }

    void run(UUID id, RuleSet base, RuleSet candidate, CandidateRequest.Scope scope, LocalDate today) {
        Run run = new Run(id, base, candidate);
        try {
            if (scope.registers()) {
                subjects.cases(PAGE, today, run::page);
            }
            if (scope.evaluations()) {
                subjects.evaluations(PAGE, scope.evaluationsFrom(), run::page);
            }
            if (scope.examples()) {
                List<SimulationSubjects.Subject> examples = subjects.examples();
                for (int i = 0; i < examples.size(); i += PAGE) {
                    run.page(examples.subList(i, Math.min(examples.size(), i + PAGE)));
                }
            }
            finish(id, Simulation.Status.DONE, null);
        } catch (Stopped stopped) {
            LOG.infof("simulation %s stopped: cancelled", id);
        } catch (RuntimeException e) {
            LOG.errorf(e, "simulation %s failed", id);
            finish(id, Simulation.Status.FAILED, String.valueOf(e.getMessage()));
        }
    }

    private void finish(UUID id, Simulation.Status status, String failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            Simulation s = em.find(Simulation.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (s.status == Simulation.Status.RUNNING) {
                s.status = status;
                s.failure = failure == null ? null : failure.substring(0, Math.min(failure.length(), 2000));
                s.finishedAt = OffsetDateTime.now(clock);
                s.heartbeatAt = s.finishedAt;
            }
        });
    }

    /** One simulation's state while it runs: where it is, and the summary so far. */
    private final class Run {
        private final UUID id;
        private final RuleSet base;
        private final RuleSet candidate;
        private final SimulationSummary summary = new SimulationSummary();
        private int seq;

        Run(UUID id, RuleSet base, RuleSet candidate) {
            this.id = id;
            this.base = base;
            this.candidate = candidate;
        }

        void page(List<SimulationSubjects.Subject> page) {
            List<Judged> judged = page.parallelStream().map(this::judged).toList();
            QuarkusTransaction.requiringNew().run(() -> {
                Simulation s = em.find(Simulation.class, id, LockModeType.PESSIMISTIC_WRITE);
                if (s.status != Simulation.Status.RUNNING) {
                    throw new Stopped();
                }
                int changed = store(judged);
                s.progressDone += judged.size();
                s.evaluated += judged.size();
                s.changed += changed;
                s.summaryJson = write(summary.snapshot());
                s.heartbeatAt = OffsetDateTime.now(clock);
            });
        }

        private Judged judged(SimulationSubjects.Subject s) {
            Answer onBase = answer(base, s);
            Answer onCandidate = answer(candidate, s);
            List<AnswerDiff.Leaf> changes = onBase.sameAs(onCandidate) ? List.of()
                    : AnswerDiff.changes(tree(onBase), tree(onCandidate));
            return new Judged(s, onBase, onCandidate, changes);
        }

        /** The page's items as one JDBC batch in the page's transaction; returns how many changed. */
        private int store(List<Judged> judged) {
            int changed = 0;
            try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
                for (Judged j : judged) {
                    SimulationSubjects.Subject s = j.subject();
                    String from = j.base().outcome();
                    String to = j.candidate().outcome();
                    summary.fired(s.domain(), j.base().fired(), j.candidate().fired());
                    boolean isChanged = !j.changes().isEmpty();
                    if (isChanged) {
                        summary.changed(s.domain(), from, to);
                        changed++;
                    }
                    ArrayNode changes = json.createArrayNode();
                    for (AnswerDiff.Leaf leaf : j.changes()) {
                        changes.addObject().put("path", leaf.path()).<ObjectNode>set("base", leaf.before())
                                .set("candidate", leaf.after());
                    }
                    insert.setObject(1, id);
                    insert.setInt(2, ++seq);
                    insert.setString(3, s.source().name());
                    insert.setString(4, s.ref());
                    insert.setString(5, s.domain());
                    insert.setString(6, s.organization());
                    insert.setString(7, s.title() == null ? null : s.title().substring(0, Math.min(300, s.title().length())));
                    insert.setString(8, from);
                    insert.setString(9, to);
                    insert.setBoolean(10, isChanged);
                    insert.setString(11, changes.toString());
                    insert.addBatch();
                }
                insert.executeBatch();
            } catch (SQLException e) {
                throw new IllegalStateException("simulation items not stored: " + e.getMessage(), e);
            }
            return changed;
        }

        /** The part of an answer that {@link AnswerDiff} compares, as a tree: only for answers that differ. */
        private JsonNode tree(Answer a) {
            try {
                ObjectNode node = json.createObjectNode().put("outcome", a.outcome());
                node.set("result", json.readTree(a.result()));
                node.set("sources", json.readTree(a.sources()));
                return node;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * The answer, or for a refused case {@code REFUSED} with the problem's type and fields as its result, so that
         * a candidate that starts or stops refusing a case, or refuses it for another field, shows.
         */
        private Answer answer(RuleSet set, SimulationSubjects.Subject s) {
            try {
                EvaluationResponse r = judge.judgeFacts(set, s.domain(), s.input(), s.asOf(), Language.KO);
                List<String> fired = r.explanation() == null ? List.of()
                        : r.explanation().stream().map(ExplanationEntry::rule).toList();
                return new Answer(r.outcome() == null ? "" : r.outcome(), json.writeValueAsBytes(r.result()),
                        json.writeValueAsBytes(r.sources()), fired);
            } catch (ProblemException e) {
                ObjectNode result = json.createObjectNode().put("problem", e.type().uri());
                ArrayNode fields = result.putArray("fields");
                // a refusal of no field (no decision for the date, a period beyond the calendar) has no errors
                if (e.errors() != null) {
                    e.errors().stream().filter(FieldError.class::isInstance).map(f -> ((FieldError) f).field())
                            .forEach(fields::add);
                }
                return new Answer(REFUSED, result.toString().getBytes(StandardCharsets.UTF_8), NO_SOURCES, List.of());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
