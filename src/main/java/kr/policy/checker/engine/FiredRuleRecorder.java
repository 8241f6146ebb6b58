package kr.policy.checker.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;

/**
 * Records, in order, each rule that contributed, each validation rule that refused the case, and each missing fact
 * and failed criterion the rules inserted.
 */
final class FiredRuleRecorder extends DefaultAgendaEventListener {
    private final Map<String, RuleMeta> rules;
    private final List<RuleMeta> fired = new ArrayList<>(12);
    private List<Violation> violations = List.of();
    private List<String> missingFacts = List.of();
    private List<String> failedCriteria = List.of();

    /** Watches insertions: a second listener interface, kept beside the agenda one for a single record. */
    final DefaultRuleRuntimeEventListener insertions = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            Object o = event.getObject();
            if (o instanceof MissingFact m) {
                missingFacts = add(missingFacts, m.field());
            } else if (o instanceof FailedCriterion f) {
                failedCriteria = add(failedCriteria, f.criterion());
            }
        }
    };

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

    private static List<String> add(List<String> list, String value) {
        List<String> out = list.isEmpty() ? new ArrayList<>(4) : list;
        if (!out.contains(value)) {
            out.add(value);
        }
        return out;
    }

    List<RuleMeta> fired() { return fired; }
    List<Violation> violations() { return violations; }
    List<String> missingFacts() { return missingFacts; }
    List<String> failedCriteria() { return failedCriteria; }
}
