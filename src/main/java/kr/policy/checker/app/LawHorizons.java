package kr.policy.checker.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import kr.policy.checker.engine.DomainRules;
import kr.policy.checker.engine.RuleSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which domains' encoded law runs out soon (contract §13.5): those whose horizon ({@code encodedUntil}) falls within
 * {@code checker.law.horizon-warning} of today, for readiness, the rule authors' page and the metrics.
 */
@ApplicationScoped
public class LawHorizons {
    /** A domain whose horizon is near or passed; {@code daysLeft} is negative once it has passed. */
    public record Approaching(String domain, LocalDate encodedUntil, long daysLeft, String reason, String reasonEn) {
    }

    private final RuleEngine engine;
    private final long warningDays;

    @Inject
    public LawHorizons(RuleEngine engine,
                       @ConfigProperty(name = "checker.law.horizon-warning", defaultValue = "P90D") Duration warning) {
        this.engine = engine;
        this.warningDays = warning.toDays();
    }

    public long warningDays() {
        return warningDays;
    }

    /** The domains of the rule set in service whose horizon is within the warning period of today, soonest first. */
    public List<Approaching> approaching() {
        return approaching(engine.current(), engine.today());
    }

    public List<Approaching> approaching(RuleSet set, LocalDate today) {
        return set.domains().stream()
                .filter(d -> d.horizon().daysLeft(today) <= warningDays)
                .map(d -> approaching(d, today))
                .sorted(java.util.Comparator.comparing(Approaching::encodedUntil).thenComparing(Approaching::domain))
                .toList();
    }

    private static Approaching approaching(DomainRules d, LocalDate today) {
        return new Approaching(d.domain(), d.horizon().encodedUntil(), d.horizon().daysLeft(today),
                d.horizon().reason(), d.horizon().reasonEn());
    }
}
