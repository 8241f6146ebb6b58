package kr.policy.checker.archive;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One archived rule-set version (contract §8.1). Its files never change; first in service is set once. */
@Entity
@Table(name = "rule_set_version")
public class ArchivedVersion extends PanacheEntityBase {
    @Id
    public String version;
    @Column(name = "archived_at", nullable = false)
    public OffsetDateTime archivedAt;
    /** Null for a candidate that has never been put in service. */
    @Column(name = "first_in_service_at")
    public OffsetDateTime firstInServiceAt;
    /** The admin whose reload first put it in service; null when a start did. */
    @Column(name = "loaded_by_key_id")
    public UUID loadedByKeyId;
    @Column(name = "loaded_by_organization")
    public String loadedByOrganization;
    @Column(name = "file_count", nullable = false)
    public int fileCount;
}
