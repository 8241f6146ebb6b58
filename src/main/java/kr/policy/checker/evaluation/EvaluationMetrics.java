package kr.policy.checker.evaluation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Contract §15: {@code checker_evaluations_total{domain, outcome}} and {@code checker_evaluation_seconds{domain}}.
 * Meters are made once per domain and outcome and found again by map lookups of strings the answer already holds,
 * so counting allocates nothing on the request path. Only known domains are counted (an unknown one is refused
 * before), and outcomes are the domains' enum names or {@code PROBLEM}: the tags stay few.
 */
@ApplicationScoped
public class EvaluationMetrics {
    /** The outcome of a case answered with a problem (invalid, outside the calendar, beyond the encoded law). */
    public static final String PROBLEM = "PROBLEM";
    /** Latency buckets: an evaluation takes well under a millisecond in memory; a slow one is worth seeing. */
    private static final Duration[] BUCKETS = {Duration.ofNanos(250_000), Duration.ofNanos(500_000),
            Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5)};

    private final MeterRegistry registry;
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, Counter>> counts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Timer> latencies = new ConcurrentHashMap<>();

    public EvaluationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** One case answered in {@code domain} with {@code outcome}, judged since {@code startNanos} (System.nanoTime). */
    public void answered(String domain, String outcome, long startNanos) {
        latency(domain).record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
        counter(domain, outcome).increment();
    }

    private Timer latency(String domain) {
        Timer timer = latencies.get(domain);
        return timer != null ? timer : latencies.computeIfAbsent(domain, d -> Timer.builder("checker.evaluation")
                .description("Time to judge one case, by domain").tag("domain", d)
                .serviceLevelObjectives(BUCKETS).register(registry));
    }

    private Counter counter(String domain, String outcome) {
        ConcurrentHashMap<String, Counter> byOutcome = counts.get(domain);
        if (byOutcome == null) {
            byOutcome = counts.computeIfAbsent(domain, d -> new ConcurrentHashMap<>());
        }
        Counter counter = byOutcome.get(outcome);
        return counter != null ? counter : byOutcome.computeIfAbsent(outcome, o -> Counter.builder("checker.evaluations")
                .description("Cases answered, by domain and outcome").tag("domain", domain).tag("outcome", o)
                .register(registry));
    }
}
