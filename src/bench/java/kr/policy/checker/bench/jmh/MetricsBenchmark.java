package kr.policy.checker.bench.jmh;

import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;
import kr.policy.checker.evaluation.EvaluationMetrics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Contract §15 on the request path: what counting one answered case costs (the counter by domain and outcome and
 * the latency histogram), on the Prometheus registry the service uses. The goal is no allocation per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MetricsBenchmark {
    private EvaluationMetrics metrics;
    private final String domain = "permit-timeout";
    private final String outcome = "DEEMING_SCHEDULED";

    @Setup
    public void setUp() {
        metrics = new EvaluationMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        metrics.answered(domain, outcome, System.nanoTime()); // the meters exist, as after the first answer
    }

    @Benchmark
    public void countEvaluation() {
        metrics.answered(domain, outcome, System.nanoTime());
    }
}
