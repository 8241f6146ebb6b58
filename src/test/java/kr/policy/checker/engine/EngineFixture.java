package kr.policy.checker.engine;

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
        return new Evaluator().evaluate(RULES, RULES.domain(domain).orElseThrow(), input,
                java.time.LocalDate.parse(today));
    }
}
