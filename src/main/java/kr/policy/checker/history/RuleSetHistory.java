package kr.policy.checker.history;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import kr.policy.checker.app.RuleEngine;
import kr.policy.checker.archive.ArchivedFile;
import kr.policy.checker.archive.ArchivedVersion;
import kr.policy.checker.archive.RuleSetArchive;
import kr.policy.checker.engine.RuleFile;
import kr.policy.checker.engine.RuleSet;
import kr.policy.checker.ruleset.RuleSetDiff;
import kr.policy.checker.ruleset.RuleSetLoadException;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.register.DailyReevaluation;
import kr.policy.checker.security.Principal;
import kr.policy.checker.security.SecurityAction;
import kr.policy.checker.security.SecurityEvents;
import org.jboss.logging.Logger;

/**
 * The rule set's life (contract §8): what enters service is archived with who put it there; a reload re-judges the
 * open cases at once; any archived version can be compiled again (for replays and simulations) and two compared.
 */
@ApplicationScoped
public class RuleSetHistory {
    private static final Logger LOG = Logger.getLogger(RuleSetHistory.class);

    @Inject
    RuleEngine engine;
    @Inject
    RuleSetArchive archive;
    @Inject
    DailyReevaluation daily;
    @Inject
    SecurityEvents securityEvents;

    /** Archived versions compiled again, by version: replays of one period mostly ask for the same few. */
    private final Cache<String, RuleSet> compiled = Caffeine.newBuilder().maximumSize(4).build();

    /**
     * Archives a set put in service (true when it had never been in service). Another instance starting on the same
     * files archives the same version at the same moment: the loser of that insert finds it there on its second try.
     */
    boolean archiveInService(RuleSet set, Principal admin) {
        try {
            return archive.putInService(set, admin);
        } catch (RuntimeException first) {
            LOG.infof("archiving %s again after a concurrent insert: %s", set.version(), first.getMessage());
            return archive.putInService(set, admin);
        }
    }

    /**
     * Contract §4, §8.5 and §9: compiles the rules directory; on success archives the version with the admin who put
     * it in service, makes it the version every instance serves, and re-judges the open cases of both registers now
     * (in the background, as the daily job).
     */
    public RuleSet reload(Principal admin) throws RuleSetLoadException {
        RuleSet set;
        try {
            set = engine.reload();
        } catch (RuleSetLoadException e) {
            securityEvents.record(SecurityAction.RULES_RELOAD_REFUSED, admin, null, e.summary());
            throw e;
        }
        archiveInService(set, admin);
        securityEvents.record(SecurityAction.RULES_RELOADED, admin, set.version(), null);
        archive.desire(set.version(), "reload by " + admin.name() + " (" + admin.organization() + ")");
        daily.rejudgeAfterReload().whenComplete((changed, e) -> {
            if (e != null) {
                LOG.error("re-judging the open cases after the reload failed; the daily job retries", e);
            } else {
                LOG.infof("open cases re-judged on %s: %d changed outcome", set.version(), changed);
            }
        });
        return set;
    }

    public RuleSet current() {
        return engine.current();
    }

    /** An archived version, compiled: the one in service as it is, another from the archive's files. */
    public RuleSet compiled(String version) {
        RuleSet current = engine.current();
        if (current.version().equals(version)) {
            return current;
        }
        RuleSet set = compiled.getIfPresent(version);
        if (set != null) {
            return set;
        }
        List<RuleFile> files = archive.files(version).orElseThrow(ProblemException::notFound);
        try {
            set = engine.compile(files);
        } catch (RuleSetLoadException e) {
            throw new NotCompilable(version, e);
        }
        compiled.put(version, set);
        return set;
    }

    /** Keeps a compiled candidate, so that the simulation that made it does not compile it twice. */
    void remember(RuleSet set) {
        compiled.put(set.version(), set);
    }

    public RuleSetArchive.Listing versions(int page, int size) {
        return archive.list(page, size);
    }

    public Optional<ArchivedVersion> version(String version) {
        return archive.find(version);
    }

    public List<ArchivedFile> files(String version) {
        return archive.listFiles(version);
    }

    public Optional<byte[]> file(String version, String path) {
        return archive.file(version, path);
    }

    /** Contract §8.2: the files, rules and holidays that differ; 404 when either version is not archived. */
    public RuleSetDiff diff(String from, String to) {
        List<RuleFile> a = archive.files(from).orElseThrow(ProblemException::notFound);
        List<RuleFile> b = archive.files(to).orElseThrow(ProblemException::notFound);
        return RuleSetDiff.between(a, b);
    }

    /** An archived version that no longer compiles with this build (a domain it names is gone, say). */
    public static final class NotCompilable extends RuntimeException {
        public NotCompilable(String version, RuleSetLoadException cause) {
            super(version + " does not compile with this build: " + cause.getMessage(), cause);
        }
    }
}
