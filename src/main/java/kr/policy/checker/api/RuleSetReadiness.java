package kr.policy.checker.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.policy.checker.app.RuleEngine;
import kr.policy.checker.engine.RuleSet;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once a rule set is in service; reports its digest and the instance's name so a rollout can be watched
 * instance by instance, and why it does not serve the desired version if it could not compile it; and each domain
 * whose encoded law runs out within checker.law.horizon-warning ({@code horizon.<domain>}: the date and days left);
 * and the stored cases found holding a value the service no longer reads ({@code unreadableCases}); and a run judging
 * the open cases again, while it runs ({@code reevaluation}: its day, cases done of those it found).
 */
@Readiness
@ApplicationScoped
public class RuleSetReadiness implements HealthCheck {
    @Inject
    RuleEngine engine;
    @Inject
    kr.policy.checker.history.RuleSetFollower follower;
    @Inject
    kr.policy.checker.app.LawHorizons horizons;
    @Inject
    kr.policy.checker.register.UnreadableCases unreadable;
    @Inject
    kr.policy.checker.register.DailyReevaluation daily;

    /** How many unreadable cases readiness names; the count covers the rest. */
    private static final int LISTED_CASES = 20;

    @Override
    public HealthCheckResponse call() {
        try {
            RuleSet set = engine.current();
            var response = HealthCheckResponse.named("rule-set").up()
                    .withData("version", set.version())
                    .withData("loadedAt", set.loadedAt().toString());
            if (follower.instance() != null) {
                response.withData("instance", follower.instance());
            }
            if (follower.adoptError() != null) {
                // still ready: it serves the version it has; the operator sees why it is not the desired one
                response.withData("adoptError", follower.adoptError());
            }
            // still ready: the law runs out on a date, and until then the answers stand (contract §13.5)
            horizons.approaching().forEach(h -> response.withData("horizon." + h.domain(),
                    h.encodedUntil() + " (" + h.daysLeft() + " days)"));
            // still ready: a stored case holding a value the service no longer reads is refused, not guessed at
            if (unreadable.count() > 0) {
                response.withData("unreadableCases", unreadable.count());
                unreadable.all().stream().limit(LISTED_CASES).forEach(f -> response.withData(
                        "unreadableCase." + f.id(), f.domain() + " " + f.organization() + ": " + f.fields()));
            }
            // still ready: the open cases being judged again (at start, at night, after a reload), and how far
            daily.progress().ifPresent(p -> response.withData("reevaluation",
                    p.day() + ": " + p.done() + " of " + p.total() + " open cases"));
            return response.build();
        } catch (IllegalStateException notLoaded) {
            return HealthCheckResponse.named("rule-set").down().build();
        }
    }
}
