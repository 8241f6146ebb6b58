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

/** A machine caller's key. Only the SHA-256 of the key is stored. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;
    @Column(nullable = false)
    public String organization;
    @Column(name = "key_hash", nullable = false, unique = true)
    public String keyHash;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
    /** Requests a minute this key may make; null = checker.rate-limit.key-requests-per-minute. */
    @Column(name = "requests_per_minute")
    public Integer requestsPerMinute;

    public Principal principal() {
        return new Principal(id, name, role, organization);
    }
}
