package kr.policy.checker.register;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import kr.policy.checker.notify.CaseSubject;

/** A permit case or regulation review kept for an organization; its facts are the domain's input as JSON. */
@Entity
@Table(name = "register_case")
public class RegisteredCase extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String domain;
    @Version
    @Column(nullable = false)
    public long version;
    @Column(nullable = false)
    public String organization;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String applicant;
    /** The applicant in lower case, as the one-statute check looks it up (indexed). */
    @Column(name = "applicant_key")
    public String applicantKey;
    @Column(name = "permitting_authority", nullable = false)
    public String permittingAuthority;
    @Column(name = "initial_facts_json", nullable = false)
    public String initialFactsJson;
    @Column(name = "facts_json", nullable = false)
    public String factsJson;
    @Column(nullable = false)
    public String outcome;
    /** The deemed-processed date (permit cases) or the due date (reviews): what lists filter on. */
    @Column(name = "key_date")
    public LocalDate keyDate;
    /** Moved by every daily run; not a change of the case, so it does not bump the version. */
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @Column(name = "evaluated_as_of", nullable = false)
    public LocalDate evaluatedAsOf;
    /** The rule-set version it was last judged on; a reload re-judges open cases judged on another. */
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @Column(name = "rule_set_version")
    public String ruleSetVersion;
    /** The partner's own reference (contract §17), unique per organization and register; null for none. */
    @Column(name = "external_reference")
    public String externalReference;
    @Column(name = "evaluation_id")
    public UUID evaluationId;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The case as an outbox event describes it. */
    public CaseSubject subject() {
        return new CaseSubject(id, domain, organization, title, outcome, keyDate, ruleSetVersion,
                externalReference);
    }
}
