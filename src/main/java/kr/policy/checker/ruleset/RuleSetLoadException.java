package kr.policy.checker.ruleset;

import kr.policy.checker.engine.RuleError;
import java.util.List;
import java.util.stream.Collectors;

/** The rules directory could not be turned into a rule set; the errors say where and why. */
public class RuleSetLoadException extends Exception {
    private final List<RuleError> errors;

    public RuleSetLoadException(List<RuleError> errors) {
        super("rule set not loaded:\n" + errors.stream().map(RuleError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<RuleError> errors() {
        return errors;
    }

    /** The first errors in one line, for an audit record. */
    public String summary() {
        String first = errors.stream().limit(3).map(RuleError::toString).collect(Collectors.joining("; "));
        return errors.size() > 3 ? first + "; … " + errors.size() + " errors" : first;
    }
}
