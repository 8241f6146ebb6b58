package kr.policy.checker.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Part 1: the JMH benchmarks in kr.policy.checker.bench.jmh, one forked JVM each, raw JSON kept beside the report. */
final class InProcessRun {
    /** One benchmark's figures: mean µs per evaluation with its 99.9% error, and bytes allocated per evaluation. */
    record Score(String benchmark, String domain, double micros, double error, double bytesPerOp) {
    }

    private InProcessRun() {
    }

    static List<Score> run(boolean quick, Path outDir) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("kr\\.policy\\.checker\\.bench\\.jmh\\..*")
                .forks(1)
                .threads(1)
                .warmupIterations(quick ? 1 : 5)
                .warmupTime(TimeValue.seconds(quick ? 1 : 2))
                .measurementIterations(quick ? 2 : 5)
                .measurementTime(TimeValue.seconds(quick ? 1 : 2))
                .jvmArgsAppend("-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-Xmx1g")
                .addProfiler(GCProfiler.class)
                .resultFormat(ResultFormatType.JSON)
                .result(outDir.resolve("jmh.json").toString());
        Collection<RunResult> results = new Runner(options.build()).run();
        List<Score> scores = new ArrayList<>();
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            String domain = r.getParams().getParam("domain");
            Result primary = r.getPrimaryResult();
            Result alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
            scores.add(new Score(method, domain == null ? "reshoring-subsidy" : domain, primary.getScore(),
                    primary.getScoreError(), alloc == null ? Double.NaN : alloc.getScore()));
        }
        return scores;
    }
}
