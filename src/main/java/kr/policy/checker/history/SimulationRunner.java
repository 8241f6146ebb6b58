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
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
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
    private static final int PAGE = 200;

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

    /** Thrown out of a page when the simulation is no longer running (cancelled): ends the run quietly. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private record Judged(SimulationSubjects.Subject subject, JsonNode base, JsonNode candidate,
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
                int changed = 0;
                for (Judged j : judged) {
                    if (store(j)) {
                        changed++;
                    }
                }
                s.progressDone += judged.size();
                s.evaluated += judged.size();
                s.changed += changed;
                s.summaryJson = write(summary.snapshot());
                s.heartbeatAt = OffsetDateTime.now(clock);
            });
        }

        private Judged judged(SimulationSubjects.Subject s) {
            JsonNode onBase = answer(base, s);
            JsonNode onCandidate = answer(candidate, s);
            return new Judged(s, onBase, onCandidate, AnswerDiff.changes(onBase, onCandidate));
        }

        private boolean store(Judged j) {
            SimulationSubjects.Subject s = j.subject();
            String from = j.base().path("outcome").asText();
            String to = j.candidate().path("outcome").asText();
            summary.fired(s.domain(), AnswerDiff.firedRules(j.base()), AnswerDiff.firedRules(j.candidate()));
            boolean changed = !j.changes().isEmpty();
            if (changed) {
                summary.changed(s.domain(), from, to);
            }
            SimulationItem item = new SimulationItem();
            item.simulationId = id;
            item.seq = ++seq;
            item.source = s.source();
            item.ref = s.ref();
            item.domain = s.domain();
            item.organization = s.organization();
            item.title = s.title() == null ? null : s.title().substring(0, Math.min(300, s.title().length()));
            item.baseOutcome = from;
            item.candidateOutcome = to;
            item.changed = changed;
            ArrayNode changes = json.createArrayNode();
            for (AnswerDiff.Leaf leaf : j.changes()) {
                changes.addObject().put("path", leaf.path()).<ObjectNode>set("base", leaf.before())
                        .set("candidate", leaf.after());
            }
            item.changesJson = changes.toString();
            em.persist(item);
            return changed;
        }

        /**
         * The answer as JSON, or for a refused case {@code REFUSED} with the problem's type and fields as its result,
         * so that a candidate that starts or stops refusing a case, or refuses it for another field, shows.
         */
        private JsonNode answer(RuleSet set, SimulationSubjects.Subject s) {
            try {
                return json.readTree(write(judge.judgeFacts(set, s.domain(), s.input(), s.asOf(), Language.KO)));
            } catch (ProblemException e) {
                ObjectNode refused = json.createObjectNode().put("outcome", REFUSED);
                ObjectNode result = refused.putObject("result").put("problem", e.type().uri());
                ArrayNode fields = result.putArray("fields");
                // a refusal of no field (no decision for the date, a period beyond the calendar) has no errors
                if (e.errors() != null) {
                    e.errors().stream().filter(FieldError.class::isInstance).map(f -> ((FieldError) f).field())
                            .forEach(fields::add);
                }
                return refused;
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
