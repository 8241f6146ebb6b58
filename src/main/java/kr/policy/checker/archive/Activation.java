package kr.policy.checker.archive;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One putting of a version in service: at a start, or by an admin's reload. Append-only. */
@Entity
@Table(name = "rule_set_activation")
public class Activation extends PanacheEntityBase {
    /** START: an instance's own files at its start; RELOAD: an admin's reload; ADOPTED: taken from the archive. */
    public enum Kind { START, RELOAD, ADOPTED }

    @Id
    public UUID id;
    @Column(nullable = false)
    public String version;
    @Column(name = "activated_at", nullable = false)
    public OffsetDateTime activatedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;
    @Column(name = "key_id")
    public UUID keyId;
    public String organization;
}
