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
 * instance by instance, and why it does not serve the desired version if it could not compile it.
 */
@Readiness
@ApplicationScoped
public class RuleSetReadiness implements HealthCheck {
    @Inject
    RuleEngine engine;
    @Inject
    kr.policy.checker.history.RuleSetFollower follower;

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
            return response.build();
        } catch (IllegalStateException notLoaded) {
            return HealthCheckResponse.named("rule-set").down().build();
        }
    }
}
