package kr.policy.checker.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The fact rules write their findings into. A domain extends it with its own result fields; the outcome is
 * reported beside the result, not inside it. Missing facts and failed criteria are facts of their own
 * ({@link MissingFact}, {@link FailedCriterion}).
 */
public abstract class CaseResult {

    /** The domain's outcome value, null until a rule decides it. */
    @JsonIgnore
    public abstract Enum<?> getOutcome();
}
