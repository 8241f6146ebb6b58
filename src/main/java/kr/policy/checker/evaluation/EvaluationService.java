package kr.policy.checker.evaluation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import kr.policy.checker.audit.AuditLog;
import kr.policy.checker.engine.DomainRules;
import kr.policy.checker.text.Language;
import kr.policy.checker.engine.RuleSet;
import kr.policy.checker.judging.CaseJudge;
import kr.policy.checker.judging.CaseReader;
import kr.policy.checker.judging.EvaluationResponse;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.problem.ServiceMessages;
import kr.policy.checker.security.Principal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Evaluating for a caller, whatever the adapter: one case or a batch judged on one rule-set snapshot, and an
 * authenticated caller's evaluations stored before they are answered. Anonymous evaluations are not stored.
 */
@ApplicationScoped
public class EvaluationService {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(EvaluationService.class);
    /** Results written (and, for a caller with a key, stored in one transaction) at a time. */
    private static final int AUDIT_CHUNK = 500;
    /** Cases read and judged in parallel at a time: enough to keep the cores busy, few enough to hold in memory. */
    private static final int PARALLEL_BLOCK = 512;

    private final CaseJudge judge;
    private final CaseReader reader;
    private final AuditLog audit;
    private final ObjectWriter resultWriter;
    private final int maxBatchCases;
    private final EvaluationMetrics metrics;

    @Inject
    public EvaluationService(CaseJudge judge, CaseReader reader, AuditLog audit, ObjectMapper json,
                             @ConfigProperty(name = "checker.batch.max-cases", defaultValue = "100000") int maxBatchCases,
                             EvaluationMetrics metrics) {
        this.metrics = metrics;
        this.judge = judge;
        this.reader = reader;
        this.audit = audit;
        // the service's own JSON settings; no flush per result (the response buffers and chunks them)
        this.resultWriter = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        this.maxBatchCases = maxBatchCases;
    }

    /** One case for an anonymous caller: judged, not stored. */
    public EvaluationResponse evaluate(String domain, byte[] body, Language language) {
        RuleSet set = judge.current();
        return counted(set, judge.domain(set, domain), reader.tree(body), language);
    }

    /** One case judged, counted by domain and outcome (a problem answer included), and timed. */
    private EvaluationResponse counted(RuleSet set, DomainRules rules, JsonNode node, Language language) {
        long start = System.nanoTime(); // a duration, not a date
        try {
            EvaluationResponse answer = judge.judge(set, rules, node, language);
            metrics.answered(rules.domain(), answer.outcome(), start);
            return answer;
        } catch (ProblemException e) {
            metrics.answered(rules.domain(), EvaluationMetrics.PROBLEM, start);
            throw e;
        }
    }

    /**
     * One case for an authenticated caller: judged, then stored in a transaction it may share with other callers'
     * evaluations (group commit); completes only after that commit, with the answer as stored (its JSON, carrying the
     * stored evaluation's id), so the adapter sends the bytes it stored instead of writing the answer again.
     */
    public CompletionStage<String> evaluate(String domain, byte[] body, Language language, Principal caller) {
        RuleSet set = judge.current();
        JsonNode node = reader.tree(body);
        EvaluationResponse answer = counted(set, judge.domain(set, domain), node, language);
        return audit.recordShared(caller, new AuditLog.Entry(node, answer, language))
                .thenApply(AuditLog.Stored::answerJson);
    }

    /**
     * One result per case, in order: an evaluation, or the problem that case has; one rule set for all. The body's
     * shape is checked before anything is sent (a bad body is a problem response); then each case is judged and
     * written out in blocks, so a batch of any size holds only a few hundred cases and answers in memory. An
     * authenticated caller's evaluations are stored in chunks, each before its answers are written, so every id sent
     * is stored.
     */
    public BatchAnswers evaluateBatch(String domain, byte[] body, Language language, Optional<Principal> caller) {
        RuleSet set = judge.current();
        DomainRules rules = judge.domain(set, domain);
        if (reader.batchSize(body, language) > maxBatchCases) {
            throw ProblemException.of(ProblemType.PAYLOAD_TOO_LARGE, "detail.tooManyCases", maxBatchCases);
        }
        return output -> {
            try (JsonGenerator out = resultWriter.createGenerator(output)) {
                out.writeStartObject();
                out.writeArrayFieldStart("results");
                BatchChunk chunk = new BatchChunk(AUDIT_CHUNK, caller, language);
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
            return counted(set, rules, node, language);
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
        private final Language language;
        private final List<Object> results;
        private final List<Integer> answered;
        private final List<AuditLog.Entry> entries;

        BatchChunk(int size, Optional<Principal> caller, Language language) {
            this.size = size;
            this.caller = caller;
            this.language = language;
            this.results = new ArrayList<>(size);
            this.answered = new ArrayList<>(size);
            this.entries = new ArrayList<>(size);
        }

        void add(JsonNode input, Object result) {
            if (caller.isPresent() && result instanceof EvaluationResponse answer) {
                answered.add(results.size());
                entries.add(new AuditLog.Entry(input, answer, language));
            }
            results.add(result);
        }

        boolean full() {
            return results.size() >= size;
        }

        void writeTo(JsonGenerator out) throws IOException {
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

    /** A batch's answers, written when the adapter is ready to send them; the body was checked before this exists. */
    @FunctionalInterface
    public interface BatchAnswers {
        void writeTo(OutputStream output) throws IOException;
    }
}
