package kr.policy.checker.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kr.policy.checker.audit.AuditLog;
import kr.policy.checker.security.Principal;
import kr.policy.checker.app.RuleEngine;
import kr.policy.checker.calendar.HolidayCalendar;
import kr.policy.checker.calendar.OutsideCalendarException;
import kr.policy.checker.engine.DomainRules;
import kr.policy.checker.engine.DomainSpec;
import kr.policy.checker.engine.Evaluation;
import kr.policy.checker.engine.Language;
import kr.policy.checker.engine.Refusal;
import kr.policy.checker.engine.RuleSet;
import kr.policy.checker.engine.Violation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Evaluates cases for the HTTP API: reads and checks input, runs the rules, shapes answers and problems, and has an
 * authenticated caller's evaluations stored. Anonymous evaluations are not stored.
 */
@ApplicationScoped
public class EvaluationService {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(EvaluationService.class);
    /** Results written (and, for a caller with a key, stored in one transaction) at a time. */
    private static final int AUDIT_CHUNK = 500;
    /** Cases read and judged in parallel at a time: enough to keep the cores busy, few enough to hold in memory. */
    private static final int PARALLEL_BLOCK = 512;

    private final RuleEngine engine;
    private final CaseReader reader;
    private final AuditLog audit;
    private final ObjectWriter resultWriter;
    private final int maxBatchCases;

    @Inject
    public EvaluationService(RuleEngine engine, CaseReader reader, AuditLog audit, ObjectMapper json,
                             @ConfigProperty(name = "checker.batch.max-cases", defaultValue = "100000") int maxBatchCases) {
        this.engine = engine;
        this.reader = reader;
        this.audit = audit;
        // the service's own JSON settings; no flush per result (the response buffers and chunks them)
        this.resultWriter = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        this.maxBatchCases = maxBatchCases;
    }

    /** One case; an authenticated caller's evaluation is stored and its id returned with it. */
    public EvaluationResponse evaluate(String domain, byte[] body, Language language, Optional<Principal> caller) {
        RuleSet set = engine.current();
        DomainRules rules = domainRules(set, domain);
        JsonNode node = reader.tree(body);
        EvaluationResponse answer = evaluate(set, rules, node, language);
        if (caller.isEmpty()) {
            return answer;
        }
        UUID id = audit.record(caller.get(), List.of(new AuditLog.Entry(node, answer))).get(0);
        return answer.withEvaluationId(id);
    }

    /**
     * A stored case's facts judged on {@code asOf} (today when null) by the rule set in service; refusals and
     * contradictions throw, as for any evaluation.
     */
    public EvaluationResponse evaluateFacts(String domain, com.fasterxml.jackson.databind.node.ObjectNode facts,
                                            LocalDate asOf, Language language) {
        RuleSet set = engine.current();
        com.fasterxml.jackson.databind.node.ObjectNode input = facts.deepCopy();
        if (asOf != null) {
            input.put("asOf", asOf.toString());
        }
        return evaluate(set, domainRules(set, domain), input, language);
    }

    /**
     * One result per case, in order: an evaluation, or the problem that case has; one rule set for all. The body's
     * shape is checked before anything is sent (a bad body is a problem response); then each case is judged and
     * written out in blocks, so a batch of any size holds only a few hundred cases and answers in memory. An
     * authenticated caller's evaluations are stored in chunks, each before its answers are written, so every id sent
     * is stored.
     */
    public StreamingOutput evaluateBatch(String domain, byte[] body, Language language, Optional<Principal> caller) {
        RuleSet set = engine.current();
        DomainRules rules = domainRules(set, domain);
        if (reader.batchSize(body, language) > maxBatchCases) {
            throw ProblemException.of(ProblemType.PAYLOAD_TOO_LARGE, "detail.tooManyCases", maxBatchCases);
        }
        return output -> {
            try (JsonGenerator out = resultWriter.createGenerator(output)) {
                out.writeStartObject();
                out.writeArrayFieldStart("results");
                BatchChunk chunk = new BatchChunk(AUDIT_CHUNK, caller);
                Iterator<JsonNode> cases = reader.batchCases(body);
                List<JsonNode> block = new ArrayList<>(PARALLEL_BLOCK);
                while (cases.hasNext()) {
                    block.add(cases.next());
                    if (block.size() == PARALLEL_BLOCK || !cases.hasNext()) {
                        // judged on every core, kept in request order
                        List<Object> answers = block.parallelStream()
                                .map(node -> answerOrProblem(set, rules, node, language)).toList();
                        for (int i = 0; i < block.size(); i++) {
                            chunk.add(block.get(i), answers.get(i));
                            if (chunk.full()) {
                                chunk.writeTo(out);
                            }
                        }
                        block.clear();
                    }
                }
                chunk.writeTo(out);
                out.writeEndArray();
                out.writeEndObject();
            }
        };
    }

    private Object answerOrProblem(RuleSet set, DomainRules rules, JsonNode node, Language language) {
        try {
            return evaluate(set, rules, node, language);
        } catch (ProblemException e) {
            return ServiceMessages.problem(e, language);
        } catch (RuntimeException e) {
            LOG.error("unexpected failure on one case of a batch", e);
            return ServiceMessages.problem(ProblemException.of(ProblemType.INTERNAL, "detail.internal"), language);
        }
    }

    /** Results waiting to be written; the evaluations among them are stored first when the caller has a key. */
    private final class BatchChunk {
        private final int size;
        private final Optional<Principal> caller;
        private final List<Object> results;
        private final List<Integer> answered;
        private final List<AuditLog.Entry> entries;

        BatchChunk(int size, Optional<Principal> caller) {
            this.size = size;
            this.caller = caller;
            this.results = new ArrayList<>(size);
            this.answered = new ArrayList<>(size);
            this.entries = new ArrayList<>(size);
        }

        void add(JsonNode input, Object result) {
            if (caller.isPresent() && result instanceof EvaluationResponse answer) {
                answered.add(results.size());
                entries.add(new AuditLog.Entry(input, answer));
            }
            results.add(result);
        }

        boolean full() {
            return results.size() >= size;
        }

        void writeTo(JsonGenerator out) throws java.io.IOException {
            if (!entries.isEmpty()) {
                List<UUID> ids = audit.record(caller.get(), entries);
                for (int i = 0; i < ids.size(); i++) {
                    int slot = answered.get(i);
                    results.set(slot, ((EvaluationResponse) results.get(slot)).withEvaluationId(ids.get(i)));
                }
            }
            for (Object result : results) {
                resultWriter.writeValue(out, result);
            }
            results.clear();
            answered.clear();
            entries.clear();
        }
    }

    private DomainRules domainRules(RuleSet set, String domain) {
        return set.domain(domain).orElseThrow(() -> ProblemException.of(ProblemType.UNKNOWN_DOMAIN,
                "detail.unknownDomain", domain,
                String.join(", ", set.domains().stream().map(DomainRules::domain).toList())));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private EvaluationResponse evaluate(RuleSet set, DomainRules rules, JsonNode node, Language language) {
        DomainSpec spec = rules.spec();
        Object input = reader.read(node, spec.caseType(), language);
        LocalDate today = engine.today();
        LocalDate asOf = spec.asOf(input) == null ? today : spec.asOf(input);
        checkDates(spec.datedFacts(input), asOf, set.calendar(), language);
        Evaluation evaluation;
        try {
            evaluation = engine.evaluator().evaluate(set, rules, input, today);
        } catch (OutsideCalendarException e) {
            throw ProblemException.of(ProblemType.OUTSIDE_CALENDAR, "detail.outsideCalendar",
                    e.date().toString(), e.coveredFrom().toString(), e.coveredTo().toString());
        }
        if (evaluation.refused()) {
            throw refusal(evaluation, language);
        }
        Enum<?> outcome = evaluation.result().getOutcome();
        if (outcome == null) {
            throw ProblemException.of(ProblemType.NO_DECISION, "detail.noDecision", rules.domain(),
                    evaluation.context().legalDate().toString());
        }
        return new EvaluationResponse(null, rules.domain(), evaluation.asOf(), evaluation.context().legalDate(),
                evaluation.ruleSetVersion(), outcome.name(), evaluation.result(), evaluation.explain(language),
                evaluation.missingFacts(), evaluation.hints(language));
    }

    /** Every dated fact must lie inside the calendar (400) and not after asOf (422). */
    private static void checkDates(Map<String, LocalDate> dates, LocalDate asOf, HolidayCalendar calendar,
                                   Language language) {
        List<FieldError> outside = new ArrayList<>();
        List<FieldError> future = new ArrayList<>();
        dates.forEach((field, date) -> {
            if (date == null) {
                return;
            }
            if (!calendar.covers(date)) {
                outside.add(new FieldError(field, ServiceMessages.get(language, "field.outsideCalendar",
                        calendar.coveredFrom().toString(), calendar.coveredTo().toString())));
            } else if (date.isAfter(asOf)) {
                future.add(new FieldError(field, ServiceMessages.get(language, "field.afterAsOf", asOf.toString())));
            }
        });
        if (!outside.isEmpty()) {
            throw ProblemException.fields(ProblemType.INVALID_INPUT, outside);
        }
        if (!future.isEmpty()) {
            throw ProblemException.fields(ProblemType.CONTRADICTORY_INPUT, future);
        }
    }

    /** A value out of its legal range makes a 400; otherwise the refusal is a contradiction (422). */
    private static ProblemException refusal(Evaluation evaluation, Language language) {
        boolean range = evaluation.violations().stream().anyMatch(v -> v.rule().refusal() == Refusal.RANGE);
        List<FieldError> errors = new ArrayList<>();
        for (Violation v : evaluation.violations()) {
            errors.add(new FieldError(v.field(), evaluation.message(v, language)));
        }
        return ProblemException.fields(range ? ProblemType.INVALID_INPUT : ProblemType.CONTRADICTORY_INPUT, errors);
    }
}
