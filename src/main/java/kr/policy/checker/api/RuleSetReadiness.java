package kr.policy.checker.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.policy.checker.app.RuleEngine;
import kr.policy.checker.engine.RuleSet;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once a rule set is in service; reports its digest so a rollout can be watched instance by instance. */
@Readiness
@ApplicationScoped
public class RuleSetReadiness implements HealthCheck {
    @Inject
    RuleEngine engine;

    @Override
    public HealthCheckResponse call() {
        try {
            RuleSet set = engine.current();
            return HealthCheckResponse.named("rule-set").up()
                    .withData("version", set.version())
                    .withData("loadedAt", set.loadedAt().toString())
                    .build();
        } catch (IllegalStateException notLoaded) {
            return HealthCheckResponse.named("rule-set").down().build();
        }
    }
}
