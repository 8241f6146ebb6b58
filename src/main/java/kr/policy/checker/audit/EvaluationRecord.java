package kr.policy.checker.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One evaluation by an authenticated caller, as answered. Written once, never updated. */
@Entity
@Table(name = "evaluation_record")
public class EvaluationRecord extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String domain;
    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;
    @Column(nullable = false)
    public String outcome;
    @Column(name = "rule_set_version", nullable = false)
    public String ruleSetVersion;
    @Column(name = "caller_key_id", nullable = false)
    public UUID callerKeyId;
    @Column(nullable = false)
    public String organization;
    @Column(name = "input_json", nullable = false)
    public String inputJson;
    @Column(name = "output_json", nullable = false)
    public String outputJson;
    /** ko or en: the language of its explanation; null for evaluations stored before it was kept. */
    @Column(length = 2)
    public String language;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
