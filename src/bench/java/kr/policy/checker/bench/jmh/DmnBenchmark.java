package kr.policy.checker.bench.jmh;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kr.policy.checker.bench.BenchCases;
import kr.policy.checker.domain.reshoring.ReshoringCase;
import kr.policy.checker.domain.reshoring.ReshoringResult;
import kr.policy.checker.engine.EngineFixture;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.event.AfterEvaluateDecisionEvent;
import org.kie.dmn.api.core.event.AfterEvaluateDecisionTableEvent;
import org.kie.dmn.api.core.event.DMNRuntimeEventListener;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The peer: the reshoring-subsidy cap (src/bench/resources/reshoring-cap.dmn) in the KIE DMN engine, once bare and
 * once with a listener recording which decisions and table rows decided it (DMN's nearest to an explanation).
 * The model decides the cap and grantable amount only; the engine's reshoring case decides eligibility as well.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DmnBenchmark {

    @State(Scope.Benchmark)
    public static class Model {
        DMNRuntime runtime;
        DMNModel model;
        ReshoringCase input;

        @Setup
        public void setUp() {
            LoggingCheck.requireDroolsQuiet();
            runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration()
                    .fromClasspathResource("reshoring-cap.dmn", DmnBenchmark.class)
                    .getOrElseThrow(e -> new IllegalStateException("reshoring-cap.dmn does not compile", e));
            model = runtime.getModels().get(0);
            input = (ReshoringCase) BenchCases.input("reshoring-subsidy");
            if (withTrace()) {
                runtime.addListener(new Trace());
            }
            requireSameCap(evaluate(this));
        }

        boolean withTrace() {
            return false;
        }

        private void requireSameCap(DMNResult result) {
            if (result.hasErrors()) {
                throw new IllegalStateException("reshoring-cap.dmn: " + result.getMessages());
            }
            ReshoringResult engine = (ReshoringResult) EngineFixture.evaluate("reshoring-subsidy", input,
                    BenchCases.TODAY.toString()).result();
            Object cap = result.getContext().get("capKrw");
            Object grantable = result.getContext().get("grantableAmountKrw");
            if (!BigDecimal.valueOf(engine.getCapKrw()).equals(cap)
                    || !BigDecimal.valueOf(engine.getGrantableAmountKrw()).equals(grantable)) {
                throw new IllegalStateException("the DMN model answers cap " + cap + ", grantable " + grantable
                        + " where the engine answers " + engine.getCapKrw() + ", " + engine.getGrantableAmountKrw());
            }
        }
    }

    @State(Scope.Benchmark)
    public static class TracedModel extends Model {
        @Override
        boolean withTrace() {
            return true;
        }
    }

    /** What decided: each decision evaluated and the table rows that matched. One per thread of evaluation. */
    static final class Trace implements DMNRuntimeEventListener {
        static final ThreadLocal<List<String>> STEPS = ThreadLocal.withInitial(ArrayList::new);

        @Override
        public void afterEvaluateDecision(AfterEvaluateDecisionEvent event) {
            STEPS.get().add(event.getDecision().getName());
        }

        @Override
        public void afterEvaluateDecisionTable(AfterEvaluateDecisionTableEvent event) {
            STEPS.get().add(event.getDecisionTableName() + " " + event.getSelected());
        }
    }

    @Benchmark
    public DMNResult dmn(Model state) {
        return evaluate(state);
    }

    @Benchmark
    public List<String> dmnTraced(TracedModel state) {
        Trace.STEPS.get().clear();
        evaluate(state);
        return List.copyOf(Trace.STEPS.get());
    }

    static DMNResult evaluate(Model state) {
        ReshoringCase c = state.input;
        DMNContext context = state.runtime.newContext();
        context.set("technology", c.technology().name());
        context.set("siteRegion", c.siteRegion().name());
        context.set("decisionDate", c.decisionDate());
        context.set("requestedAmountKrw", BigDecimal.valueOf(c.requestedAmountKrw()));
        return state.runtime.evaluateAll(state.model, context);
    }
}
