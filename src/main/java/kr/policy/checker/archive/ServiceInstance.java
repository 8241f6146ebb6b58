package kr.policy.checker.archive;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** What one instance reports it serves, refreshed every few seconds. */
@Entity
@Table(name = "service_instance")
public class ServiceInstance extends PanacheEntityBase {
    @Id
    public String instance;
    @Column(nullable = false)
    public String version;
    @Column(name = "started_at", nullable = false)
    public OffsetDateTime startedAt;
    @Column(name = "seen_at", nullable = false)
    public OffsetDateTime seenAt;
    /** Why it does not serve the desired version, when it could not compile it; null otherwise. */
    @Column(name = "adopt_error")
    public String adoptError;
}
