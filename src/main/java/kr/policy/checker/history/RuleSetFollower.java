package kr.policy.checker.history;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import kr.policy.checker.app.RuleEngine;
import kr.policy.checker.archive.DesiredVersion;
import kr.policy.checker.archive.RuleSetArchive;
import kr.policy.checker.engine.RuleSet;
import kr.policy.checker.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Contract §9: every instance serves the desired version, the one the last reload (on any instance) put in
 * service. Each instance looks every {@code checker.instances.poll} (2 s) and adopts a new desired version from the
 * archive, not from its own disk; one that cannot compile it keeps serving what it has and says why, in the log, in
 * readiness and in {@code GET /api/v1/rulesets/instances}.
 *
 * <p>At a start, an instance whose directory holds rules never in service before makes them the desired version (a
 * deployment of new rule files, or the first start); one whose directory holds a version that has been in service
 * (an instance restarted after a reload elsewhere) adopts the desired version instead.
 */
@ApplicationScoped
public class RuleSetFollower {
    private static final Logger LOG = Logger.getLogger(RuleSetFollower.class);
    /** A version that failed to compile is tried again after this long, not every poll. */
    private static final Duration RETRY_FAILED = Duration.ofMinutes(1);

    @Inject
    RuleEngine engine;
    @Inject
    RuleSetArchive archive;
    @Inject
    RuleSetHistory history;
    @Inject
    Clock clock;
    @Inject
    kr.policy.checker.app.RuleSetMetrics metrics;

    @ConfigProperty(name = "checker.instance.name")
    Optional<String> configuredName;

    private String instance;
    private OffsetDateTime startedAt;
    private volatile String adoptError;
    private volatile String failedVersion;
    private volatile Instant failedAt = Instant.MIN;
    /** Set once the start has settled what this instance serves; the poll waits for it. */
    private volatile boolean started;

    /** After the engine has loaded its directory (default priority), before the daily job (5000). */
    void onStart(@Observes @Priority(4000) StartupEvent event) {
        instance = configuredName.filter(n -> !n.isBlank()).orElseGet(RuleSetFollower::defaultName);
        startedAt = OffsetDateTime.now(clock);
        RuleSet set = engine.current();
        boolean neverInService = history.archiveInService(set, null);
        Optional<DesiredVersion> desired = archive.desired();
        if (desired.isEmpty() || neverInService) {
            desire(set.version(), "start of " + instance);
            LOG.infof("rule set %s archived and desired (instance %s)", set.version(), instance);
        } else if (!desired.get().version.equals(set.version())) {
            LOG.infof("the rules directory holds %s, served before; adopting the desired %s", set.version(),
                    desired.get().version);
            adopt(desired.get().version);
        }
        report();
        started = true;
    }

    /** Adopts a new desired version, and reports what this instance serves. */
    @Scheduled(every = "${checker.instances.poll:2s}", identity = "rule-set-follower",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void follow() {
        if (!started) {
            return; // the rules are still loading
        }
        try {
            followDesired();
        } catch (RuntimeException e) {
            if (!kr.policy.checker.problem.DatabaseOutages.causedBy(e)) {
                throw e;
            }
            // this instance keeps serving what it serves; the next poll after the database returns catches up
            LOG.warnf("the desired rule-set version cannot be read, the database is unreachable: %s", e.getMessage());
        }
    }

    private void followDesired() {
        java.util.Optional<String> wanted = archive.desired().map(d -> d.version);
        wanted.ifPresent(desired -> {
            boolean failedRecently = desired.equals(failedVersion)
                    && clock.instant().isBefore(failedAt.plus(RETRY_FAILED));
            if (!desired.equals(engine.current().version()) && !failedRecently) {
                adopt(desired);
            }
        });
        metrics.onDesired(wanted.map(v -> v.equals(engine.current().version())).orElse(true));
        report();
    }

    /** Two instances starting on a fresh database both insert the one row: the loser updates it on a second try. */
    private void desire(String version, String by) {
        try {
            archive.desire(version, by);
        } catch (RuntimeException raced) {
            LOG.infof("setting the desired version again after a concurrent insert: %s", raced.getMessage());
            archive.desire(version, by);
        }
    }

    private void adopt(String version) {
        try {
            RuleSet set = history.compiled(version);
            engine.adopt(set);
            archive.adopted(set);
            adoptError = null;
            failedVersion = null;
        } catch (RuleSetHistory.NotCompilable | ProblemException e) {
            adoptError = "cannot adopt " + version + ": " + e.getMessage();
            failedVersion = version;
            failedAt = clock.instant();
            metrics.adoptionFailed();
            LOG.errorf("%s; still serving %s", adoptError, engine.current().version());
        }
    }

    private void report() {
        archive.report(instance, engine.current().version(), startedAt, adoptError);
    }

    public String instance() {
        return instance;
    }

    /** Why this instance does not serve the desired version; null when it does (or none is set). */
    public String adoptError() {
        return adoptError;
    }

    private static String defaultName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "unknown-host";
        }
        return host + ":" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
