package kr.policy.checker.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Records, in firing order, each rule that contributed and each validation rule that refused the case. */
final class FiredRuleRecorder extends DefaultAgendaEventListener {
    private final Map<String, RuleMeta> rules;
    private final List<RuleMeta> fired = new ArrayList<>(12);
    private List<Violation> violations = List.of();

    FiredRuleRecorder(Map<String, RuleMeta> rules) {
        this.rules = rules;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        RuleMeta meta = rules.get(event.getMatch().getRule().getName());
        if (meta.refusal() == null) {
            fired.add(meta);
        } else {
            if (violations.isEmpty()) {
                violations = new ArrayList<>(2);
            }
            violations.add(new Violation(meta.field(), meta));
        }
    }

    List<RuleMeta> fired() {
        return fired;
    }

    List<Violation> violations() {
        return violations;
    }
}
