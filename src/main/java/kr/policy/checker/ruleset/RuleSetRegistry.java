package kr.policy.checker.ruleset;

import kr.policy.checker.engine.RuleFile;
import kr.policy.checker.engine.RuleSet;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Holds the rule set in service. A reload compiles a whole new set aside and swaps it in atomically; if it fails,
 * the previous set keeps answering. Evaluations take {@link #current()} once and finish on that set.
 */
public final class RuleSetRegistry {
    private final RuleSetLoader loader;
    private final Path directory;
    private final Supplier<Instant> clock;
    private final AtomicReference<RuleSet> current = new AtomicReference<>();

    public RuleSetRegistry(RuleSetLoader loader, Path directory, Supplier<Instant> clock) {
        this.loader = loader;
        this.directory = directory;
        this.clock = clock;
    }

    public RuleSet current() {
        RuleSet set = current.get();
        if (set == null) {
            throw new IllegalStateException("no rule set loaded");
        }
        return set;
    }

    public Path directory() {
        return directory;
    }

    /** Compiles these files (from the archive or a candidate) without putting them in service. */
    public RuleSet compile(java.util.List<RuleFile> files) throws RuleSetLoadException {
        return loader.load(files, clock.get());
    }

    /** Puts an already compiled set (an archived version another instance put in service) in service. */
    public synchronized void adopt(RuleSet set) {
        current.set(set);
    }

    /** Compiles the directory afresh and, only if that succeeds, puts it in service. One reload at a time. */
    public synchronized RuleSet reload() throws RuleSetLoadException {
        RuleSet next = loader.load(directory, clock.get());
        current.set(next);
        return next;
    }
}
