package kr.policy.checker.engine;

import kr.policy.checker.ruleset.CompiledRuleCache;
import kr.policy.checker.ruleset.RuleSetLoader;
import kr.policy.checker.ruleset.RuleSetLoadException;
import java.nio.file.Path;
import java.time.Instant;
import kr.policy.checker.app.BuildInfo;
import kr.policy.checker.domain.Domains;

/**
 * The project's own rules directory, compiled once for the engine tests; compiled domains are cached as the service
 * caches them (in target/rule-cache), so a test that edits one domain compiles that one only.
 */
public final class EngineFixture {
    public static final Path CACHE = Path.of("target/rule-cache");
    public static final RuleSetLoader LOADER = new RuleSetLoader(Domains.all(),
            CompiledRuleCache.in(CACHE, BuildInfo.id(), 64));
    public static final RuleSet RULES = load();

    private EngineFixture() {
    }

    private static RuleSet load() {
        try {
            return LOADER.load(Path.of("rules"), Instant.parse("2026-01-01T00:00:00Z"));
        } catch (RuleSetLoadException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static Evaluation evaluate(String domain, Object input, String today) {
        DomainRules rules = RULES.domain(domain).orElseThrow();
        return new Evaluator().evaluate(RULES, rules, input, judgedOn(rules, input, java.time.LocalDate.parse(today)));
    }

    /** The day the service judges the case on: its own asOf, else {@code today} (as CaseJudge decides it). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static java.time.LocalDate judgedOn(DomainRules rules, Object input, java.time.LocalDate today) {
        java.time.LocalDate own = ((DomainSpec) rules.spec()).asOf(input);
        return own != null ? own : today;
    }
}
