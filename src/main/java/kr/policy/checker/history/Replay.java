package kr.policy.checker.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kr.policy.checker.audit.AuditLog;
import kr.policy.checker.audit.EvaluationRecord;
import kr.policy.checker.text.Language;
import kr.policy.checker.engine.RuleSet;
import kr.policy.checker.judging.CaseJudge;
import kr.policy.checker.problem.Problem;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ServiceMessages;
import kr.policy.checker.security.Principal;

/**
 * Contract §8.3: a stored evaluation judged again, as of its stored date, on the archived version that decided it
 * (is the answer reproducible?) and on the version in service (what would it be today?). Nothing is stored.
 */
@ApplicationScoped
public class Replay {
    /** The fields a replay must reproduce exactly. */
    static final List<String> COMPARED = List.of("outcome", "result", "explanation", "sources", "missingFacts", "hints");

    @Inject
    AuditLog audit;
    @Inject
    RuleSetHistory history;
    @Inject
    CaseJudge judge;
    @Inject
    ObjectMapper json;

    @JsonPropertyOrder({"evaluationId", "recorded", "replay", "replayUnavailable", "current"})
    public record Answer(UUID evaluationId, Recorded recorded, ReplayResult replay,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String replayUnavailable, Current current) {
    }

    public record Recorded(String ruleSetVersion, String outcome) {
    }

    /** {@code differences}: which of the compared fields differ, when not identical (an addition). */
    @JsonPropertyOrder({"ruleSetVersion", "outcome", "identical", "differences"})
    public record ReplayResult(String ruleSetVersion, String outcome, boolean identical,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> differences) {
    }

    @JsonPropertyOrder({"ruleSetVersion", "outcome", "changes", "rules", "problem"})
    public record Current(String ruleSetVersion, String outcome, List<Change> changes, FiredRules rules,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Problem problem) {
    }

    public record Change(String path, JsonNode recorded, JsonNode current) {
    }

    public record FiredRules(List<String> added, List<String> removed) {
    }

    public Answer replay(UUID id, Principal caller) {
        EvaluationRecord record = audit.find(id, caller).orElseThrow(ProblemException::notFound);
        JsonNode stored = read(record.outputJson);
        JsonNode input = read(record.inputJson);
        Recorded recorded = new Recorded(record.ruleSetVersion, record.outcome);

        ReplayResult replay = null;
        String unavailable = null;
        if (history.version(record.ruleSetVersion).isEmpty()) {
            unavailable = "the recorded version " + record.ruleSetVersion + " is not in the archive (it served "
                    + "before the archive was kept)";
        } else {
            try {
                replay = replayOn(history.compiled(record.ruleSetVersion), record, input, stored);
            } catch (RuleSetHistory.NotCompilable e) {
                unavailable = e.getMessage();
            }
        }
        return new Answer(record.id, recorded, replay, unavailable, current(record, input, stored));
    }

    /** Judged in the stored answer's language; evaluations stored before it was kept try Korean, then English. */
    private ReplayResult replayOn(RuleSet set, EvaluationRecord record, JsonNode input, JsonNode stored) {
        List<Language> languages = record.language != null ? List.of(Language.valueOf(record.language.toUpperCase(
                java.util.Locale.ROOT))) : List.of(Language.KO, Language.EN);
        ReplayResult last = null;
        for (Language language : languages) {
            JsonNode again;
            try {
                again = answer(set, record, input, language);
            } catch (ProblemException e) {
                return new ReplayResult(set.version(), null, false, List.of("outcome"));
            }
            List<String> differences = AnswerDiff.differingFields(stored, again, COMPARED);
            last = new ReplayResult(set.version(), again.path("outcome").asText(), differences.isEmpty(), differences);
            if (last.identical()) {
                return last;
            }
        }
        return last;
    }

    private Current current(EvaluationRecord record, JsonNode input, JsonNode stored) {
        RuleSet set = history.current();
        Language language = record.language == null ? Language.KO
                : Language.valueOf(record.language.toUpperCase(java.util.Locale.ROOT));
        JsonNode now;
        try {
            now = answer(set, record, input, language);
        } catch (ProblemException e) {
            return new Current(set.version(), null, List.of(), new FiredRules(List.of(), AnswerDiff.firedRules(stored)),
                    ServiceMessages.problem(e, language));
        }
        List<Change> changes = new ArrayList<>();
        for (AnswerDiff.Leaf leaf : AnswerDiff.changes(stored, now)) {
            changes.add(new Change(leaf.path(), leaf.before(), leaf.after()));
        }
        Set<String> before = new LinkedHashSet<>(AnswerDiff.firedRules(stored));
        Set<String> after = new LinkedHashSet<>(AnswerDiff.firedRules(now));
        List<String> added = after.stream().filter(r -> !before.contains(r)).toList();
        List<String> removed = before.stream().filter(r -> !after.contains(r)).toList();
        return new Current(set.version(), now.path("outcome").asText(), changes, new FiredRules(added, removed), null);
    }

    /** The answer as JSON text would carry it, read back: compared with the stored one on equal terms. */
    private JsonNode answer(RuleSet set, EvaluationRecord record, JsonNode input, Language language) {
        return read(write(judge.judgeFacts(set, record.domain, input, record.asOf, language)));
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored evaluation that is not JSON", e);
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
