package kr.policy.checker.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One simulation of a candidate rule set against a base (contract §8.4), with its running summary. */
@Entity
@Table(name = "simulation")
public class Simulation extends PanacheEntityBase {
    public enum Status { RUNNING, DONE, FAILED, CANCELLED }

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(name = "base_version", nullable = false)
    public String baseVersion;
    @Column(name = "candidate_version", nullable = false)
    public String candidateVersion;
    /** The paths the candidate adds, replaces or removes, as a JSON array. */
    @Column(name = "changed_files", nullable = false)
    public String changedFilesJson;
    @Column(name = "scope_json", nullable = false)
    public String scopeJson;
    /** "Today" for the register cases: the day the simulation started. */
    @Column(name = "judged_as_of", nullable = false)
    public LocalDate judgedAsOf;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "created_by_key_id", nullable = false)
    public UUID createdByKeyId;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
    /** Moved with every page judged; a running simulation whose heartbeat stops was abandoned by its instance. */
    @Column(name = "heartbeat_at", nullable = false)
    public OffsetDateTime heartbeatAt;
    @Column(name = "progress_done", nullable = false)
    public int progressDone;
    @Column(name = "progress_total", nullable = false)
    public int progressTotal;
    @Column(nullable = false)
    public int evaluated;
    @Column(nullable = false)
    public int changed;
    /** Transitions and rule firing counts so far, as JSON ({@link SimulationSummary}). */
    @Column(name = "summary_json", nullable = false)
    public String summaryJson;
    public String failure;
}
