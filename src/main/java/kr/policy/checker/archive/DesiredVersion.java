package kr.policy.checker.archive;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The version every instance should serve (contract §9): one row, moved by reloads. */
@Entity
@Table(name = "rule_set_desired")
public class DesiredVersion extends PanacheEntityBase {
    static final int ONLY = 1;

    @Id
    public int id;
    @Column(nullable = false)
    public String version;
    @Column(name = "set_at", nullable = false)
    public OffsetDateTime setAt;
    /** Who made it desired: an admin's reload, or the start of an instance with new rule files. */
    @Column(name = "set_by", nullable = false)
    public String setBy;
}
