package kr.policy.checker.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of the security audit (contract §14): an admin action, a sign-in, a sign-in failure or lock. */
@Entity
@Table(name = "security_event")
public class SecurityEvent extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SecurityAction action;
    /** Who: a key ("key:<name>") or a clerk account ("clerk:<username>"), or the username tried at sign-in. */
    @Column(nullable = false)
    public String actor;
    /** The key the actor used (a clerk account's own key on the pages); null for sign-in events. */
    @Column(name = "actor_key")
    public UUID actorKey;
    /** What it was done to: a key's, account's, webhook's or simulation's id, or a rule-set version. */
    public String target;
    public String detail;
    /** The caller's network address, where the action came over HTTP and it matters (sign-in). */
    public String address;
}
