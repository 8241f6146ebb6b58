package kr.policy.checker.engine;

/** A validation rule that refused the case: the field it names and the rule that said so. */
public record Violation(String field, RuleMeta rule) {
    public int status() {
        return rule.refusal().status();
    }
}
