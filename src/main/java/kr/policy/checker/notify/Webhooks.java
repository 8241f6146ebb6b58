package kr.policy.checker.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.policy.checker.security.Principal;

/** Webhook subscriptions and their delivery log, scoped to the caller's organization (an admin's: all). */
@ApplicationScoped
public class Webhooks {
    @Inject
    Clock clock;

    @Transactional
    public WebhookSubscription subscribe(Principal owner, String url, List<String> events, String secret) {
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.url = url;
        s.events = String.join(",", events);
        s.secret = secret;
        s.organization = owner.isAdmin() ? null : owner.organization();
        s.createdBy = owner.keyId();
        s.createdAt = OffsetDateTime.now(clock);
        s.active = true;
        s.persist();
        return s;
    }

    @Transactional
    public List<WebhookSubscription> list(Principal caller) {
        return caller.isAdmin() ? WebhookSubscription.listAll()
                : WebhookSubscription.list("organization", caller.organization());
    }

    @Transactional
    public Optional<WebhookSubscription> find(UUID id, Principal caller) {
        return WebhookSubscription.<WebhookSubscription>findByIdOptional(id)
                .filter(s -> caller.isAdmin() || caller.organization().equals(s.organization));
    }

    @Transactional
    public boolean deactivate(UUID id, Principal caller) {
        return find(id, caller).map(s -> {
            WebhookSubscription managed = WebhookSubscription.findById(s.id);
            managed.active = false;
            return true;
        }).orElse(false);
    }

    @Transactional
    public List<WebhookDelivery> deliveries(UUID subscriptionId) {
        return WebhookDelivery.list("subscriptionId = ?1 order by createdAt desc", subscriptionId);
    }
}
