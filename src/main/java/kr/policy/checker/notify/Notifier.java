package kr.policy.checker.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes outbox events and their deliveries in the caller's transaction (MANDATORY), so an event exists exactly
 * when the change that caused it was committed.
 */
@ApplicationScoped
public class Notifier {
    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** Emits the event an outcome change calls for, if any: deeming scheduled, deemed processed, review overdue. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void outcomeChanged(CaseSubject c, String before, LocalDate asOf) {
        if (c.outcome().equals(before)) {
            return;
        }
        eventFor(c.outcome()).ifPresent(type -> emit(type, c, asOf, before));
    }

    /** The deemed date is {@code days} away: emitted once per case and deemed date. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deadlineApproaching(CaseSubject c, LocalDate asOf) {
        emit(EventType.DEADLINE_APPROACHING, c, asOf, null);
    }

    private static Optional<String> eventFor(String outcome) {
        return switch (outcome) {
            case "DEEMING_SCHEDULED" -> Optional.of(EventType.DEEMING_SCHEDULED);
            case "DEEMED_PROCESSED" -> Optional.of(EventType.DEEMED_PROCESSED);
            case "OVERDUE" -> Optional.of(EventType.REVIEW_OVERDUE);
            default -> Optional.empty();
        };
    }

    private void emit(String type, CaseSubject c, LocalDate asOf, String previousOutcome) {
        String dedupe = type + ":" + c.id() + ":" + (c.keyDate() == null ? "-" : c.keyDate());
        if (OutboxEvent.count("dedupeKey", dedupe) > 0) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OutboxEvent e = new OutboxEvent();
        e.id = UUID.randomUUID();
        e.type = type;
        e.organization = c.organization();
        e.caseId = c.id();
        e.dedupeKey = dedupe;
        ObjectNode payload = json.createObjectNode();
        payload.put("event", type);
        payload.put("eventId", e.id.toString());
        payload.put("caseId", c.id().toString());
        payload.put("domain", c.domain());
        payload.put("organization", c.organization());
        payload.put("title", c.title());
        if (c.externalReference() != null) {
            payload.put("externalReference", c.externalReference());
        }
        payload.put("outcome", c.outcome());
        payload.put("previousOutcome", previousOutcome);
        payload.put("keyDate", c.keyDate() == null ? null : c.keyDate().toString());
        payload.put("asOf", asOf.toString());
        payload.put("ruleSetVersion", c.ruleSetVersion());
        payload.put("occurredAt", now.toString());
        e.payloadJson = payload.toString();
        e.createdAt = now;
        e.persist();
        List<WebhookSubscription> subscriptions = WebhookSubscription.list("active", true);
        for (WebhookSubscription s : subscriptions) {
            if (s.wants(type, c.organization())) {
                WebhookDelivery d = new WebhookDelivery();
                d.id = UUID.randomUUID();
                d.outboxId = e.id;
                d.subscriptionId = s.id;
                d.status = WebhookDelivery.PENDING;
                d.attempts = 0;
                d.nextAttemptAt = now;
                d.createdAt = now;
                d.persist();
            }
        }
    }
}
