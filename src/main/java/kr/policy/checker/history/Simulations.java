package kr.policy.checker.history;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import kr.policy.checker.app.RuleEngine;
import kr.policy.checker.archive.RuleSetArchive;
import kr.policy.checker.text.Language;
import kr.policy.checker.engine.RuleFile;
import kr.policy.checker.engine.RuleSet;
import kr.policy.checker.ruleset.RuleSetLoadException;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.security.Principal;
import kr.policy.checker.security.SecurityAction;
import kr.policy.checker.security.SecurityEvents;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Contract §8.4: a candidate rule set (a base version plus changed files) compiled, archived, and judged against
 * the register cases, stored evaluations and examples beside its base, in the background. One simulation runs at a
 * time on an instance; a second is refused (409) while it runs. A simulation changes no case, no stored evaluation
 * and not the rules in service.
 */
@ApplicationScoped
public class Simulations {
    private static final Logger LOG = Logger.getLogger(Simulations.class);
    /** A running simulation whose heartbeat is older than this was abandoned (its instance stopped). */
    private static final long ABANDONED_AFTER_SECONDS = 120;
    private static final int MAX_PAGE_SIZE = 500;

    @Inject
    RuleSetHistory history;
    @Inject
    RuleSetArchive archive;
    @Inject
    RuleEngine engine;
    @Inject
    SimulationSubjects subjects;
    @Inject
    SimulationRunner runner;
    @Inject
    ManagedExecutor executor;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;
    @Inject
    SecurityEvents securityEvents;
    @Inject
    MeterRegistry meters;

    private final AtomicReference<UUID> running = new AtomicReference<>();

    /** Contract §15: checker_simulations_running, on this instance (one at a time per instance). */
    @PostConstruct
    void registerMeters() {
        Gauge.builder("checker.simulations.running", running, r -> r.get() == null ? 0 : 1)
                .description("Simulations running on this instance").register(meters);
    }

    @JsonPropertyOrder({"id", "status", "base", "candidate", "createdAt", "finishedAt", "progress", "evaluated",
            "changed", "transitions", "rules", "changedFiles", "scope", "judgedAsOf", "failure"})
    public record View(UUID id, String status, String base, String candidate, OffsetDateTime createdAt,
                       OffsetDateTime finishedAt, Progress progress, int evaluated, int changed,
                       List<SimulationSummary.Transition> transitions, List<SimulationSummary.RuleFiring> rules,
                       List<String> changedFiles, JsonNode scope, LocalDate judgedAsOf, String failure) {
    }

    public record Progress(int done, int total) {
    }

    public record ItemPage(List<ItemView> items, long total, int page, int size) {
    }

    public record ItemView(int seq, String source, String ref, String domain, String organization, String title,
                           OutcomeView base, OutcomeView candidate, List<Change> changes) {
    }

    public record OutcomeView(String outcome) {
    }

    public record Change(String path, JsonNode base, JsonNode candidate) {
    }

    /**
     * Compiles the candidate (a broken one is a 422 naming file and line, and nothing is stored), archives it and
     * starts the simulation in the background.
     */
    public View start(JsonNode body, Principal admin, Language language) {
        return start(CandidateRequest.read(body, language), admin);
    }

    /** As above, for a request already read (the rule authors' page builds one from its form). */
    public View start(CandidateRequest request, Principal admin) {
        RuleSet base = history.compiled(request.base() == null ? engine.current().version() : request.base());
        RuleSet candidate;
        try {
            candidate = engine.compile(apply(base.files(), request.changes()));
        } catch (RuleSetLoadException e) {
            securityEvents.record(SecurityAction.SIMULATION_REFUSED, admin, null, e.summary());
            throw new ProblemException(ProblemType.RULE_SET_INVALID, e.errors(), "detail.candidateInvalid");
        }
        UUID id = UUID.randomUUID();
        if (!running.compareAndSet(null, id)) {
            throw ProblemException.of(ProblemType.CONFLICT, "detail.simulationRunning", running.get());
        }
        try {
            archive.keepCandidate(candidate);
            history.remember(candidate);
            LocalDate today = engine.today();
            Simulation s = create(id, base, candidate, request, admin, today);
            securityEvents.record(SecurityAction.SIMULATION_STARTED, admin, id,
                    base.version() + " → " + candidate.version() + ", changed " + request.changes().keySet());
            executor.runAsync(() -> runner.run(id, base, candidate, request.scope(), today))
                    .whenComplete((done, e) -> running.compareAndSet(id, null));
            return view(s);
        } catch (RuntimeException e) {
            running.compareAndSet(id, null);
            throw e;
        }
    }

    private Simulation create(UUID id, RuleSet base, RuleSet candidate, CandidateRequest request, Principal admin,
                              LocalDate today) {
        CandidateRequest.Scope scope = request.scope();
        long total = (scope.registers() ? subjects.countCases() : 0)
                + (scope.evaluations() ? subjects.countEvaluations(scope.evaluationsFrom()) : 0)
                + (scope.examples() ? subjects.examples().size() : 0);
        return QuarkusTransaction.requiringNew().call(() -> {
            Simulation s = new Simulation();
            s.id = id;
            s.status = Simulation.Status.RUNNING;
            s.baseVersion = base.version();
            s.candidateVersion = candidate.version();
            s.changedFilesJson = write(request.changes().keySet());
            s.scopeJson = write(scope);
            s.judgedAsOf = today;
            s.createdAt = OffsetDateTime.now(clock);
            s.createdByKeyId = admin.keyId();
            s.heartbeatAt = s.createdAt;
            s.progressTotal = (int) Math.min(Integer.MAX_VALUE, total);
            s.summaryJson = write(SimulationSummary.Snapshot.empty());
            s.persist();
            return s;
        });
    }

    /** The base's files with the changes applied: replaced, added, or (empty) removed. */
    static List<RuleFile> apply(List<RuleFile> base, Map<String, Optional<byte[]>> changes) {
        Map<String, RuleFile> files = new TreeMap<>();
        base.forEach(f -> files.put(f.path(), f));
        changes.forEach((path, content) -> {
            if (content.isPresent()) {
                files.put(path, new RuleFile(path, content.get()));
            } else {
                files.remove(path);
            }
        });
        return new ArrayList<>(files.values());
    }

    @Transactional
    public View get(UUID id) {
        return view(find(id));
    }

    /** The newest simulations first. */
    @Transactional
    public List<View> recent(int limit) {
        return Simulation.<Simulation>findAll(Sort.by("createdAt", Sort.Direction.Descending))
                .page(Page.ofSize(limit)).list().stream().map(this::view).toList();
    }

    @Transactional
    public ItemPage items(UUID id, Boolean changed, String domain, int page, int size) {
        find(id);
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        var query = itemQuery(id, changed, domain);
        List<ItemView> items = query.page(Page.of(Math.max(0, page), pageSize)).list().stream()
                .map(this::itemView).toList();
        return new ItemPage(items, query.count(), Math.max(0, page), pageSize);
    }

    /** Every item that matches, page by page, for the CSV download: memory holds one page. */
    public void forEachItem(UUID id, Boolean changed, String domain, java.util.function.Consumer<ItemView> each) {
        QuarkusTransaction.requiringNew().run(() -> find(id));
        for (int page = 0; ; page++) {
            int p = page;
            List<ItemView> items = QuarkusTransaction.requiringNew().call(() -> itemQuery(id, changed, domain)
                    .page(Page.of(p, MAX_PAGE_SIZE)).list().stream().map(this::itemView).toList());
            items.forEach(each);
            if (items.size() < MAX_PAGE_SIZE) {
                return;
            }
        }
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<SimulationItem> itemQuery(UUID id, Boolean changed,
                                                                                     String domain) {
        StringBuilder q = new StringBuilder("simulationId = :id");
        Parameters p = Parameters.with("id", id);
        if (changed != null) {
            q.append(" and changed = :changed");
            p.and("changed", changed);
        }
        if (domain != null && !domain.isBlank()) {
            q.append(" and domain = :domain");
            p.and("domain", domain);
        }
        return SimulationItem.find(q.toString(), Sort.by("seq"), p);
    }

    /** Cancels a running simulation (on whichever instance runs it: the run checks before every page). */
    @Transactional
    public View cancel(UUID id, Principal admin) {
        Simulation s = Simulation.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw ProblemException.notFound();
        }
        if (s.status != Simulation.Status.RUNNING) {
            throw ProblemException.of(ProblemType.CONFLICT, "detail.simulationNotRunning", s.status.name());
        }
        s.status = Simulation.Status.CANCELLED;
        s.finishedAt = OffsetDateTime.now(clock);
        securityEvents.record(SecurityAction.SIMULATION_CANCELLED, admin, id, null);
        return view(s);
    }

    /** A simulation left running by an instance that stopped is marked failed, at start and every minute. */
    void onStart(@Observes StartupEvent event) {
        failAbandoned();
    }

    @Scheduled(every = "60s", identity = "simulations-abandoned")
    void failAbandoned() {
        OffsetDateTime before = OffsetDateTime.now(clock).minusSeconds(ABANDONED_AFTER_SECONDS);
        int n = QuarkusTransaction.requiringNew().call(() -> Simulation.update(
                "status = ?1, failure = ?2, finishedAt = ?3 where status = ?4 and heartbeatAt < ?5",
                Simulation.Status.FAILED, "interrupted: the instance running it stopped",
                OffsetDateTime.now(clock), Simulation.Status.RUNNING, before));
        if (n > 0) {
            LOG.warnf("%d simulations left running by a stopped instance marked FAILED", n);
        }
    }

    private Simulation find(UUID id) {
        Simulation s = Simulation.findById(id);
        if (s == null) {
            throw ProblemException.notFound();
        }
        return s;
    }

    private View view(Simulation s) {
        SimulationSummary.Snapshot summary = read(s.summaryJson, new TypeReference<>() { });
        return new View(s.id, s.status.name(), s.baseVersion, s.candidateVersion, s.createdAt, s.finishedAt,
                new Progress(s.progressDone, s.progressTotal), s.evaluated, s.changed, summary.transitions(),
                summary.rules(), read(s.changedFilesJson, new TypeReference<List<String>>() { }),
                read(s.scopeJson, new TypeReference<JsonNode>() { }), s.judgedAsOf, s.failure);
    }

    private ItemView itemView(SimulationItem i) {
        return new ItemView(i.seq, i.source.name(), i.ref, i.domain, i.organization, i.title,
                new OutcomeView(i.baseOutcome), new OutcomeView(i.candidateOutcome),
                read(i.changesJson, new TypeReference<List<Change>>() { }));
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored simulation that is not JSON", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
