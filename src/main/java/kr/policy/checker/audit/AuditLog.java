package kr.policy.checker.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import kr.policy.checker.judging.EvaluationResponse;
import kr.policy.checker.problem.DatabaseOutages;
import kr.policy.checker.security.Principal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Stores authenticated callers' evaluations (input, output, rule-set version, caller, time) and reads them back. */
@ApplicationScoped
public class AuditLog {
    /**
     * Version 7 (time-ordered) ids: consecutive records land next to each other in the primary key and the indexes
     * that end in it, so a commit rewrites a few pages instead of one per record (random ids made H2's page writing
     * the bound of stored evaluations). Still unguessable: 74 random bits.
     */
    private static final TimeBasedEpochGenerator IDS = Generators.timeBasedEpochGenerator();

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    EvaluationRows rows;

    @Inject
    io.micrometer.core.instrument.MeterRegistry meters;

    /** Most evaluations written in one shared transaction. */
    @ConfigProperty(name = "checker.audit.group-commit.max-records", defaultValue = "256")
    int maxGroup;

    /**
     * Longest a keyed caller waits for its evaluation to be stored (contract §15: a 503 within 10 s, never a hang).
     * A record still waiting then may be stored later, unacknowledged: the caller retries, and finds two.
     */
    @ConfigProperty(name = "checker.audit.store-timeout", defaultValue = "PT8S")
    java.time.Duration storeTimeout;

    /** Evaluations that may wait for their transaction before callers wait for room. */
    @ConfigProperty(name = "checker.audit.group-commit.queue", defaultValue = "4096")
    int groupCapacity;

    /** One evaluation, answered to {@code caller} in {@code language}, with its input as received. */
    public record Entry(JsonNode input, EvaluationResponse output, kr.policy.checker.text.Language language) {
    }

    /** A stored evaluation's id and its answer as stored (with the id), ready to be sent as it is. */
    public record Stored(UUID id, String answerJson) {
    }

    private GroupCommit<EvaluationRecord> groups;

    @PostConstruct
    void startGroupCommit() {
        // contract §15: checker_group_commit_size, evaluations stored per transaction
        io.micrometer.core.instrument.DistributionSummary sizes = io.micrometer.core.instrument.DistributionSummary
                .builder("checker.group.commit.size").description("Stored evaluations per shared transaction")
                .serviceLevelObjectives(1, 2, 4, 8, 16, 32, 64, 128, 256).register(meters);
        groups = new GroupCommit<>("audit-group-commit", groupCapacity, maxGroup,
                records -> QuarkusTransaction.requiringNew().run(() -> rows.insert(records)),
                sizes::record);
    }

    @PreDestroy
    void stopGroupCommit() {
        groups.close();
    }

    /**
     * Stores one evaluation, filed under the caller's organization, in a transaction it may share with other callers'
     * (group commit); completes with its id and its answer's JSON once that transaction has committed. The record is
     * built (and its JSON written) on the calling thread, so the writer only stores; the caller sends the stored JSON
     * instead of writing the answer a second time.
     */
    public CompletionStage<Stored> recordShared(Principal caller, Entry entry) {
        EvaluationRecord r = prepare(caller, caller.organization(), entry, OffsetDateTime.now(clock));
        return groups.submit(r).orTimeout(storeTimeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .handle((written, failure) -> {
                    if (failure == null) {
                        return new Stored(r.id, r.outputJson);
                    }
                    Throwable cause = failure instanceof java.util.concurrent.CompletionException c
                            && c.getCause() != null ? c.getCause() : failure;
                    throw cause instanceof java.util.concurrent.TimeoutException timeout
                            ? new DatabaseOutages.StoreTimeoutException(timeout)
                            : new java.util.concurrent.CompletionException(cause);
                });
    }

    /** Stores the entries in one transaction, filed under the caller's organization; returns their ids in order. */
    @Transactional
    public List<UUID> record(Principal caller, List<Entry> entries) {
        return record(caller, caller.organization(), entries);
    }

    /** As {@link #record(Principal, List)}, filed under {@code organization} (a case's, when an admin acts on it). */
    @Transactional
    public List<UUID> record(Principal caller, String organization, List<Entry> entries) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<EvaluationRecord> records = entries.stream().map(e -> prepare(caller, organization, e, now)).toList();
        rows.insert(records);
        return records.stream().map(r -> r.id).toList();
    }

    private EvaluationRecord prepare(Principal caller, String organization, Entry e, OffsetDateTime now) {
        EvaluationRecord r = new EvaluationRecord();
        r.id = IDS.generate();
        r.domain = e.output().domain();
        r.asOf = e.output().asOf();
        r.outcome = e.output().outcome();
        r.ruleSetVersion = e.output().ruleSetVersion();
        r.callerKeyId = caller.keyId();
        r.organization = organization;
        r.inputJson = e.input().toString();
        r.language = e.language().tag();
        r.outputJson = write(e.output().withEvaluationId(r.id));
        r.createdAt = now;
        return r;
    }

    /** A stored evaluation the caller may see (its organization's, or any for an admin). */
    @Transactional
    public Optional<EvaluationRecord> find(UUID id, Principal caller) {
        return EvaluationRecord.<EvaluationRecord>findByIdOptional(id).filter(r -> caller.maySee(r.organization));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer that cannot be written as JSON", e);
        }
    }
}
