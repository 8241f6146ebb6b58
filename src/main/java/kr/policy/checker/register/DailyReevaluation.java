package kr.policy.checker.register;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import kr.policy.checker.app.RuleEngine;
import kr.policy.checker.notify.Notifier;
import kr.policy.checker.problem.DatabaseOutages;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.hibernate.LockOptions;
import org.jboss.logging.Logger;

/**
 * At start-up, every day at 00:05 Asia/Seoul and right after a reload, re-judges every open case as of today that
 * was not yet judged today on the rule set in service. Each case is claimed with a
 * row lock that other workers skip (SKIP LOCKED) and re-checked after the claim, so several instances on one database
 * never act on a case twice; each case is its own transaction, so a crash loses at most the cases in hand. The open
 * cases are read a page of ids at a time and each page judged on every core, so memory holds one page; a run's
 * progress shows on readiness.
 */
@ApplicationScoped
public class DailyReevaluation {
    private static final Logger LOG = Logger.getLogger(DailyReevaluation.class);
    static final Set<String> OPEN = Set.of("AWAITING_REQUEST", "PENDING", "DEEMING_SCHEDULED");
    static final Set<String> COUNTING_DOWN = Set.of("PENDING", "DEEMING_SCHEDULED");

    @Inject
    CaseRegister register;
    @Inject
    Notifier notifier;
    @Inject
    RuleEngine engine;
    @Inject
    EntityManager em;
    @Inject
    ManagedExecutor executor;
    @Inject
    kr.policy.checker.archive.RuleSetArchive archive;
    @Inject
    MeterRegistry meters;
    @Inject
    Clock clock;

    /** Open cases read a page at a time, by id. */
    private static final int PAGE = 500;
    private final java.util.concurrent.atomic.AtomicReference<Progress> running =
            new java.util.concurrent.atomic.AtomicReference<>();

    private Counter runs;
    private Counter failures;
    private final AtomicLong lastSuccess = new AtomicLong();
    /** The last run failed, or left cases it could not judge (the database went away): it runs again soon. */
    private volatile boolean retryDue;

    /** Contract §15: runs, failed runs, and when the job last finished every case (for the operator's alert). */
    @PostConstruct
    void registerMeters() {
        runs = Counter.builder("checker.daily.job.runs")
                .description("Re-evaluations of the open cases started").register(meters);
        failures = Counter.builder("checker.daily.job.failures")
                .description("Re-evaluations that failed or left cases unjudged").register(meters);
        Gauge.builder("checker.daily.job.last.success", lastSuccess,
                        AtomicLong::get)
                .description("When a re-evaluation last judged every open case (Unix time)").baseUnit("seconds")
                .register(meters);
    }

    @ConfigProperty(name = "checker.deadline-approaching-days", defaultValue = "7")
    int approachingDays;

    @ConfigProperty(name = "checker.daily-job.at-start", defaultValue = "true")
    boolean atStart;

    /**
     * After the rule engine has loaded (its observer has the default priority, this one runs later), and off the
     * start: the service answers while the open cases are brought up to date (each under its row lock, as always).
     */
    void onStart(@Observes @Priority(5000) StartupEvent event) {
        if (atStart) {
            executor.runAsync(() -> runOnce(engine.today())).exceptionally(e -> {
                LOG.error("daily re-evaluation at start failed; it runs again at 00:05", e);
                return null;
            });
        }
    }

    @Scheduled(cron = "0 5 0 * * ?", timeZone = "Asia/Seoul", identity = "daily-reevaluation")
    void daily() {
        runOnce(engine.today());
    }

    /**
     * A run that failed (the database unreachable, say) is not left until tomorrow: it runs again every
     * {@code checker.daily-job.retry} until one judges every case. Cases already judged today are skipped, so a
     * repeat does nothing twice.
     */
    @Scheduled(every = "${checker.daily-job.retry:2m}", identity = "daily-reevaluation-retry",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retryAfterFailure() {
        if (retryDue) {
            LOG.info("the last re-evaluation did not finish; running it again");
            runOnce(engine.today());
        }
    }

    /**
     * Contract §8.5: after a reload, the open cases judged on another version are re-judged now, in the background,
     * the way the night would (events, outbox, webhooks) instead of at 00:05.
     */
    public java.util.concurrent.CompletableFuture<Integer> rejudgeAfterReload() {
        return executor.supplyAsync(() -> runOnce(engine.today()));
    }

    /**
     * Re-judges every open case not yet judged on {@code today} by the rule set in service; returns how many changed
     * outcome here.
     */
    public int runOnce(LocalDate today) {
        runs.increment();
        try {
            Run run = judgeOpenCases(today);
            if (run.failed() > 0) {
                fail();
            } else {
                retryDue = false;
                lastSuccess.set(clock.instant().getEpochSecond());
            }
            return run.changed();
        } catch (RuntimeException e) {
            fail();
            throw e;
        }
    }

    private void fail() {
        failures.increment();
        retryDue = true;
    }

    /** What a run did: outcomes changed, and cases it could not judge. */
    private record Run(int changed, int failed) {
    }

    private Run judgeOpenCases(LocalDate today) {
        String version = engine.current().version();
        Optional<String> desired = archive.desired().map(d -> d.version);
        if (desired.isPresent() && !desired.get().equals(version)) {
            // another instance reloaded: judging now would put the cases back on the old version
            LOG.infof("re-evaluation skipped: this instance serves %s, not yet the desired %s", version, desired.get());
            return new Run(0, 0);
        }
        long total = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "select count(c) from RegisteredCase c where c.outcome in :open and (c.evaluatedAsOf < :today"
                                + " or c.ruleSetVersion is null or c.ruleSetVersion <> :version)", Long.class)
                .setParameter("open", OPEN).setParameter("today", today).setParameter("version", version)
                .getSingleResult());
        Progress progress = new Progress(today, total);
        running.set(progress);
        AtomicInteger changed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger unreadableCases = new AtomicInteger();
        long candidates = 0;
        try {
            UUID after = null;
            while (true) {
                List<UUID> page = candidatePage(today, version, after);
                if (page.isEmpty()) {
                    break;
                }
                candidates += page.size();
                // both cores: each case is still its own transaction under its own row lock (SKIP LOCKED)
                page.parallelStream().forEach(id -> {
                    try {
                        if (QuarkusTransaction.requiringNew().call(() -> reevaluate(id, today, version))) {
                            changed.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        if (e instanceof ProblemException p && p.type() == ProblemType.STORED_CASE_UNREADABLE) {
                            // stored before the input rules became strict: skipped and reported (CaseRegister did),
                            // not a failure of the night, which would otherwise retry it every two minutes for ever
                            unreadableCases.incrementAndGet();
                            return;
                        }
                        failed.incrementAndGet();
                        if (DatabaseOutages.causedBy(e)) {
                            LOG.warnf("daily re-evaluation of case %s waits for the database; it is retried", id);
                        } else {
                            LOG.errorf(e, "daily re-evaluation of case %s failed; it is retried on the next run", id);
                        }
                    } finally {
                        progress.done.incrementAndGet();
                    }
                });
                after = page.get(page.size() - 1);
            }
        } finally {
            running.compareAndSet(progress, null);
        }
        if (candidates > 0) {
            LOG.infof("daily re-evaluation as of %s: %d cases, %d changed", today, candidates, changed.get());
        }
        if (unreadableCases.get() > 0) {
            LOG.warnf("daily re-evaluation as of %s skipped %d stored case(s) it cannot read (listed on readiness)",
                    today, unreadableCases.get());
        }
        return new Run(changed.get(), failed.get());
    }

    /** The next ids to judge after {@code after}, in id order: only ids are held, a page at a time. */
    private List<UUID> candidatePage(LocalDate today, String version, UUID after) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createQuery("select c.id from RegisteredCase c where c.outcome in :open"
                            + " and (c.evaluatedAsOf < :today or c.ruleSetVersion is null or c.ruleSetVersion <> :version)"
                            + (after == null ? "" : " and c.id > :after") + " order by c.id", UUID.class)
                    .setParameter("open", OPEN).setParameter("today", today).setParameter("version", version);
            if (after != null) {
                q.setParameter("after", after);
            }
            return q.setMaxResults(PAGE).getResultList();
        });
    }

    /** A run in progress on this instance: the day it judges, the cases it found, those done so far. */
    public static final class Progress {
        private final LocalDate day;
        private final long total;
        private final AtomicLong done = new AtomicLong();

        Progress(LocalDate day, long total) {
            this.day = day;
            this.total = total;
        }

        public LocalDate day() {
            return day;
        }

        public long total() {
            return total;
        }

        public long done() {
            return done.get();
        }
    }

    /** The run in progress on this instance, if one is (readiness and the rule authors' page show it). */
    public Optional<Progress> progress() {
        return Optional.ofNullable(running.get());
    }

    private boolean reevaluate(UUID id, LocalDate today, String version) {
        RegisteredCase c = em.find(RegisteredCase.class, id, LockModeType.PESSIMISTIC_WRITE,
                Map.of("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED));
        if (c == null || !OPEN.contains(c.outcome)
                || (!c.evaluatedAsOf.isBefore(today) && version.equals(c.ruleSetVersion))) {
            return false; // another worker holds it or has done it
        }
        boolean newDay = c.evaluatedAsOf.isBefore(today); // a reload on a day already judged warns no one twice
        boolean changed = register.reevaluate(c, today).isPresent();
        if (newDay && c.domain.equals(RegisterKind.PERMIT_CASES.domain()) && COUNTING_DOWN.contains(c.outcome)
                && c.keyDate != null) {
            long days = ChronoUnit.DAYS.between(today, c.keyDate);
            if (days > 0 && days <= approachingDays) {
                notifier.deadlineApproaching(c.subject(), today);
            }
        }
        return changed;
    }
}
