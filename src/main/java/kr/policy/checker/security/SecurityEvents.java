package kr.policy.checker.security;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The security audit (contract §14). An admin action is recorded in the action's own transaction, so the record and
 * the change commit or roll back together; sign-in events are recorded on their own.
 */
@ApplicationScoped
public class SecurityEvents {
    private static final TimeBasedEpochGenerator IDS = Generators.timeBasedEpochGenerator();
    private static final int MAX_TEXT = 1000;

    @Inject
    Clock clock;

    /** A page of events, newest first. */
    public record Listing(List<SecurityEvent> items, long total) {
    }

    /** An action taken by a caller with a key (an API key, or a clerk account's key on the pages). */
    @Transactional
    public void record(SecurityAction action, Principal actor, Object target, String detail) {
        add(action, actor.name(), actor, target, detail, null);
    }

    /** A sign-in event: the username tried, from an address. */
    @Transactional
    public void signIn(SecurityAction action, String username, String address, String detail) {
        add(action, username, null, null, detail, address);
    }

    @Transactional
    public Listing list(Optional<SecurityAction> action, int page, int size) {
        var query = action.map(a -> SecurityEvent.<SecurityEvent>find("action", Sort.descending("occurredAt", "id"), a))
                .orElseGet(() -> SecurityEvent.findAll(Sort.descending("occurredAt", "id")));
        return new Listing(query.page(Page.of(page, size)).list(), query.count());
    }

    private void add(SecurityAction action, String actorName, Principal actor, Object target, String detail,
                     String address) {
        SecurityEvent e = new SecurityEvent();
        e.id = IDS.generate();
        e.occurredAt = OffsetDateTime.now(clock);
        e.action = action;
        e.actor = clip(actorName, 200);
        e.actorKey = actor == null ? null : actor.keyId();
        e.target = target == null ? null : clip(target.toString(), 200);
        e.detail = detail == null ? null : clip(detail, MAX_TEXT);
        e.address = address == null ? null : clip(address, 64);
        e.persist();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
