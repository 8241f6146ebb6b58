package kr.policy.checker.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The fact rules write their findings into. A domain extends it with its own result fields; the outcome and the
 * missing facts are reported beside the result, not inside it.
 */
public abstract class CaseResult {
    private final List<String> missingFacts = new ArrayList<>(2);

    /** The domain's outcome value, null until a rule decides it. */
    @JsonIgnore
    public abstract Enum<?> getOutcome();

    @JsonIgnore
    public List<String> getMissingFacts() {
        return Collections.unmodifiableList(missingFacts);
    }

    /** Records an input field that a rule needed and did not get (kept in the order rules ask). */
    public void addMissingFact(String field) {
        if (!missingFacts.contains(field)) {
            missingFacts.add(field);
        }
    }
}
