package kr.policy.checker.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import kr.policy.checker.bench.BenchCases;
import kr.policy.checker.bench.floor.FloorAnswer;
import kr.policy.checker.bench.floor.Floors;
import kr.policy.checker.engine.DomainRules;
import kr.policy.checker.engine.Evaluation;
import kr.policy.checker.engine.Evaluator;
import kr.policy.checker.engine.EngineFixture;
import kr.policy.checker.engine.Explanation;
import kr.policy.checker.engine.Hint;
import kr.policy.checker.text.Language;
import kr.policy.checker.engine.RuleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One case per domain, in-process: the project's engine (compiled rules/, a fresh session per case, the fired rules
 * recorded and rendered as the explanation and hints an answer carries) beside the hand-written floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineBenchmark {
    @Param({"permit-timeout", "regulation-review", "reshoring-subsidy", "export-voucher"})
    public String domain;

    private final Evaluator evaluator = new Evaluator();
    private RuleSet ruleSet;
    private DomainRules rules;
    private Floors floors;
    private Object input;
    /** The day the service would judge the case on (decided once, as CaseJudge decides it before the engine runs). */
    private java.time.LocalDate asOf;

    @Setup
    public void setUp() {
        LoggingCheck.requireDroolsQuiet();
        ruleSet = EngineFixture.RULES;
        rules = ruleSet.domain(domain).orElseThrow();
        floors = new Floors(ruleSet.periods());
        input = BenchCases.input(domain);
        asOf = EngineFixture.judgedOn(rules, input, BenchCases.TODAY);
        SameAnswer.require(domain, engine(), floors.answer(domain, input, BenchCases.TODAY));
    }

    /** The engine as the service runs it, up to the rendered explanation and its legal sources (JSON writing is left to the HTTP runs). */
    @Benchmark
    public void engine(Blackhole out) {
        Evaluation evaluation = engine();
        Explanation explanation = evaluation.explain(Language.KO);
        List<Hint> hints = evaluation.hints(Language.KO);
        out.consume(evaluation.result());
        out.consume(explanation);
        out.consume(hints);
    }

    /** The same case through plain Java written for it: the least any implementation could cost. */
    @Benchmark
    public FloorAnswer floor() {
        return floors.answer(domain, input, BenchCases.TODAY);
    }

    private Evaluation engine() {
        return evaluator.evaluate(ruleSet, rules, input, asOf);
    }
}
