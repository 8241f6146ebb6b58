package kr.policy.checker.notify;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Something that happened to a case, written in the transaction of the change itself. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String type;
    @Column(nullable = false)
    public String organization;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    /** Makes the same event for the same case and date unique (a job that runs twice emits once). */
    @Column(name = "dedupe_key", nullable = false, unique = true)
    public String dedupeKey;
    @Column(name = "payload_json", nullable = false)
    public String payloadJson;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
