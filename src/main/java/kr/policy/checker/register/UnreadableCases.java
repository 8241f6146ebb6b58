package kr.policy.checker.register;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import kr.policy.checker.problem.FieldError;

/**
 * The stored cases this instance found holding a value the service no longer reads (stored before its input rules
 * became strict): found by the start-up scan, a read or the daily job, and shown on readiness and the rule authors'
 * page until the case reads again. The service keeps running; such a case is never judged on a guess.
 */
@ApplicationScoped
public class UnreadableCases {
    /** How many cases are listed by id; beyond that only counted, so a bad import cannot fill the memory. */
    static final int LISTED = 200;

    /** One case and the stored fields that do not read. */
    public record Finding(UUID id, String domain, String organization, List<String> fields) {
    }

    private final Map<UUID, Finding> findings = new ConcurrentHashMap<>();

    void report(UUID id, String domain, String organization, List<?> errors) {
        List<String> fields = errors == null ? List.of() : errors.stream()
                .map(e -> e instanceof FieldError f ? f.field() : String.valueOf(e)).distinct().toList();
        if (findings.size() < LISTED || findings.containsKey(id)) {
            findings.put(id, new Finding(id, domain, organization, fields));
        }
    }

    void readable(UUID id) {
        findings.remove(id);
    }

    /** The cases found so far, by id. */
    public List<Finding> all() {
        List<Finding> out = new ArrayList<>(findings.values());
        out.sort(Comparator.comparing(Finding::id));
        return out;
    }

    public int count() {
        return findings.size();
    }
}
