package kr.policy.checker.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** One case, stored evaluation or example judged on the base and on the candidate. */
@Entity
@Table(name = "simulation_item")
@IdClass(SimulationItem.Key.class)
public class SimulationItem extends PanacheEntityBase {
    public enum Source { PERMIT_CASE, REGULATION_REVIEW, STORED_EVALUATION, EXAMPLE }

    @Id
    @Column(name = "simulation_id")
    public UUID simulationId;
    @Id
    public int seq;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;
    @Column(nullable = false)
    public String ref;
    @Column(nullable = false)
    public String domain;
    public String organization;
    public String title;
    @Column(name = "base_outcome", nullable = false)
    public String baseOutcome;
    @Column(name = "candidate_outcome", nullable = false)
    public String candidateOutcome;
    @Column(nullable = false)
    public boolean changed;
    /** [{"path", "base", "candidate"}] */
    @Column(name = "changes_json", nullable = false)
    public String changesJson;

    public record Key(UUID simulationId, int seq) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
