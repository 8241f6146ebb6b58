package kr.policy.checker.engine;

import kr.policy.checker.text.Messages;
import java.util.Collection;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * One domain's compiled rules, their metadata by rule name, their messages, and a pool of sessions on them.
 * Immutable but for the pool.
 */
public final class DomainRules {
    private final DomainSpec<?, ?> spec;
    private final KieBase kieBase;
    private final Map<String, RuleMeta> rules;
    private final Messages messages;
    private final boolean usesPeriods;
    private final Horizon horizon;
    private final LegalSourceRegister sources;
    /**
     * Sessions are reset and reused rather than made per case: a new session builds its node memories afresh, which
     * cost about half of an evaluation (docs/benchmarks.md). A disposed pooled session returns here, emptied.
     */
    private final KieSessionsPool sessions;

    public DomainRules(DomainSpec<?, ?> spec, KieBase kieBase, Map<String, RuleMeta> rules, Messages messages,
                boolean usesPeriods, Horizon horizon, LegalSourceRegister sources) {
        this.horizon = horizon;
        this.sources = sources;
        this.spec = spec;
        this.kieBase = kieBase;
        this.rules = rules;
        this.messages = messages;
        this.usesPeriods = usesPeriods;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    public DomainSpec<?, ?> spec() { return spec; }
    public String domain() { return spec.name(); }
    KieBase kieBase() { return kieBase; }
    /** An empty session; {@code dispose()} gives it back. */
    KieSession newSession() { return sessions.newKieSession(); }
    Map<String, RuleMeta> ruleMap() { return rules; }
    boolean usesPeriods() { return usesPeriods; }
    public Messages messages() { return messages; }
    /** The last legal date the rules were written for, and why (contract §13.5). */
    public Horizon horizon() { return horizon; }
    /** The register the rules' sources are in. */
    public LegalSourceRegister sources() { return sources; }

    /** The rules in file order. */
    public Collection<RuleMeta> rules() {
        return rules.values();
    }
}
