package kr.policy.checker.register;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One event on a case (a request sent, a plan submitted, …). Append-only. */
@Entity
@Table(name = "register_case_event")
public class CaseEvent extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    @Column(nullable = false)
    public int seq;
    @Column(nullable = false)
    public String type;
    @Column(name = "event_date")
    public LocalDate date;
    public Integer days;
    public String note;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false)
    public UUID createdBy;
}
