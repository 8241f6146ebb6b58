package kr.policy.checker.notify;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

/** A partner's or admin's webhook; organization null means every organization's events (an admin's). */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String url;
    /** Comma-separated event types. */
    @Column(nullable = false)
    public String events;
    @Column(nullable = false)
    public String secret;
    public String organization;
    @Column(name = "created_by", nullable = false)
    public UUID createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(nullable = false)
    public boolean active;

    boolean wants(String type, String eventOrganization) {
        return active && Arrays.asList(events.split(",")).contains(type)
                && (organization == null || organization.equals(eventOrganization));
    }
}
