package kr.policy.checker.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import kr.policy.checker.engine.DomainRules;
import kr.policy.checker.engine.RuleSet;

/**
 * Contract §15 and §13.5: which rule set this instance serves ({@code checker_rule_set_info{version}} = 1), days to
 * each domain's horizon ({@code checker_rule_horizon_days{domain}}, counted from the one clock at each scrape) and
 * failed adoptions of the desired version ({@code checker_rule_set_adoption_errors_total}).
 */
@ApplicationScoped
public class RuleSetMetrics {
    private final MeterRegistry registry;
    private final Clock clock;
    private final MultiGauge inService;
    private final Counter adoptionErrors;
    private final Map<String, LocalDate> horizons = new ConcurrentHashMap<>();
    /** 1 while this instance serves another version than the one every instance should serve. */
    private final AtomicInteger behind = new AtomicInteger();

    public RuleSetMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        this.inService = MultiGauge.builder("checker.rule.set.info")
                .description("The rule-set version this instance serves (1)").register(registry);
        this.adoptionErrors = Counter.builder("checker.rule.set.adoption.errors")
                .description("Failed adoptions of the version every instance should serve").register(registry);
        Gauge.builder("checker.rule.set.behind", behind, AtomicInteger::get)
                .description("1 while this instance does not serve the desired rule-set version").register(registry);
    }

    /** Whether this instance serves the desired version, as the last poll of it found. */
    public void onDesired(boolean yes) {
        behind.set(yes ? 0 : 1);
    }

    /** A rule set entered service here: its version, and its domains' horizons. */
    void inService(RuleSet set) {
        inService.register(List.of(MultiGauge.Row.of(Tags.of("version", set.version()), 1)), true);
        for (DomainRules domain : set.domains()) {
            // the gauge holds the domain's name only, never the rule set (a reload would leave it alive)
            String name = domain.domain();
            boolean first = horizons.put(name, domain.horizon().encodedUntil()) == null;
            if (first) {
                Gauge.builder("checker.rule.horizon.days", horizons, h -> daysTo(h.get(name)))
                        .description("Days until the domain's encoded law ends (contract §13.5)")
                        .tag("domain", name).register(registry);
            }
        }
    }

    public void adoptionFailed() {
        adoptionErrors.increment();
    }

    private double daysTo(LocalDate horizon) {
        return ChronoUnit.DAYS.between(LocalDate.ofInstant(clock.instant(), ClockProducer.SEOUL), horizon);
    }
}
