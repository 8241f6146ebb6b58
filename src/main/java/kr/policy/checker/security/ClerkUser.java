package kr.policy.checker.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A permit clerk who signs in to the clerk pages; only a bcrypt hash of the password is kept. */
@Entity
@Table(name = "clerk_user")
public class ClerkUser extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false, unique = true)
    public String username;
    @Column(name = "password_hash", nullable = false)
    public String passwordHash;
    @Column(nullable = false)
    public String organization;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "disabled_at")
    public OffsetDateTime disabledAt;
    /** CLERK, or ADMIN for a rule author (who also signs in to /admin/rules and sees every organization). */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Role role = Role.CLERK;
    /** The key the clerk acts through (never shown; it exists so records name the clerk). */
    @Column(name = "api_key_id")
    public UUID apiKeyId;
}
