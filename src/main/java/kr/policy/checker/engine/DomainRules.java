package kr.policy.checker.engine;

import java.util.Collection;
import java.util.Map;
import org.kie.api.KieBase;

/** One domain's compiled rules, their metadata by rule name, and their messages. Immutable. */
public final class DomainRules {
    private final DomainSpec<?, ?> spec;
    private final KieBase kieBase;
    private final Map<String, RuleMeta> rules;
    private final Messages messages;
    private final boolean usesPeriods;

    DomainRules(DomainSpec<?, ?> spec, KieBase kieBase, Map<String, RuleMeta> rules, Messages messages,
                boolean usesPeriods) {
        this.spec = spec;
        this.kieBase = kieBase;
        this.rules = rules;
        this.messages = messages;
        this.usesPeriods = usesPeriods;
    }

    public DomainSpec<?, ?> spec() { return spec; }
    public String domain() { return spec.name(); }
    KieBase kieBase() { return kieBase; }
    Map<String, RuleMeta> ruleMap() { return rules; }
    boolean usesPeriods() { return usesPeriods; }
    public Messages messages() { return messages; }

    /** The rules in file order. */
    public Collection<RuleMeta> rules() {
        return rules.values();
    }
}
