package kr.policy.checker.app;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import kr.policy.checker.domain.Domains;
import kr.policy.checker.ruleset.CompiledRuleCache;
import kr.policy.checker.engine.Evaluator;
import kr.policy.checker.engine.RuleSet;
import kr.policy.checker.ruleset.RuleSetLoadException;
import kr.policy.checker.ruleset.RuleSetLoader;
import kr.policy.checker.ruleset.RuleSetRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The rule engine in service: compiles {@code checker.rules.dir} at start-up (a broken file stops the start with
 * file:line: message) and on reload, and answers "today" from the application clock.
 */
@ApplicationScoped
public class RuleEngine {
    private static final Logger LOG = Logger.getLogger(RuleEngine.class);

    private final RuleSetRegistry registry;
    private final Evaluator evaluator = new Evaluator();
    private final Clock clock;
    private final RuleSetMetrics metrics;

    @Inject
    public RuleEngine(@ConfigProperty(name = "checker.rules.dir", defaultValue = "rules") String rulesDir,
                      @ConfigProperty(name = "checker.rules.cache-dir") Optional<String> cacheDir,
                      @ConfigProperty(name = "checker.rules.cache-max-entries", defaultValue = "64") int cacheEntries,
                      Clock clock, RuleSetMetrics metrics) {
        this.clock = clock;
        this.metrics = metrics;
        CompiledRuleCache cache = cacheDir.map(dir -> CompiledRuleCache.in(Path.of(dir), BuildInfo.id(), cacheEntries))
                .orElse(CompiledRuleCache.none());
        this.registry = new RuleSetRegistry(new RuleSetLoader(Domains.all(), cache), Path.of(rulesDir), clock::instant);
    }

    void onStart(@Observes StartupEvent event) throws RuleSetLoadException {
        long started = System.nanoTime(); // a duration for the log, not a date
        RuleSet set = registry.reload();
        metrics.inService(set);
        LOG.infof("rule set %s loaded from %s in %d ms: %s", set.version(), registry.directory().toAbsolutePath(),
                (System.nanoTime() - started) / 1_000_000,
                set.domains().stream().map(d -> d.domain() + " (" + d.rules().size() + " rules)").toList());
    }

    public RuleSet current() {
        return registry.current();
    }

    /** Compiles the rules directory afresh; on failure the rule set in service stays. */
    public RuleSet reload() throws RuleSetLoadException {
        RuleSet set = registry.reload();
        metrics.inService(set);
        LOG.infof("rule set %s reloaded", set.version());
        return set;
    }

    /**
     * A rule set compiled from these files (an archived version, a candidate), not put in service; through the
     * compiled-rule cache, so a version compiled before loads in milliseconds.
     */
    public RuleSet compile(java.util.List<kr.policy.checker.engine.RuleFile> files) throws RuleSetLoadException {
        return registry.compile(files);
    }

    /** Puts a compiled set in service, as a reload does, without reading the directory (contract §9). */
    public void adopt(RuleSet set) {
        registry.adopt(set);
        metrics.inService(set);
        LOG.infof("rule set %s adopted", set.version());
    }

    public Evaluator evaluator() {
        return evaluator;
    }

    /** Today in Asia/Seoul, from the one application clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ClockProducer.SEOUL);
    }
}
