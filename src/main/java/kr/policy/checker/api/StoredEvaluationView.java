package kr.policy.checker.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import kr.policy.checker.audit.EvaluationRecord;

/** A stored evaluation as read back (contract §5): input, output, rule-set version, caller and time. */
public record StoredEvaluationView(UUID id, String domain, LocalDate asOf, String outcome, String ruleSetVersion,
                                   Caller caller, OffsetDateTime createdAt, JsonNode input, JsonNode output) {

    public record Caller(UUID keyId, String organization) {
    }

    static StoredEvaluationView of(EvaluationRecord r, ObjectMapper json) {
        try {
            return new StoredEvaluationView(r.id, r.domain, r.asOf, r.outcome, r.ruleSetVersion,
                    new Caller(r.callerKeyId, r.organization), r.createdAt, json.readTree(r.inputJson),
                    json.readTree(r.outputJson));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored evaluation that is not JSON", e);
        }
    }
}
