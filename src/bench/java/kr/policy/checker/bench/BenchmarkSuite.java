package kr.policy.checker.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The benchmark suite behind {@code mvn -Pbench verify}: in-process JMH, then the packaged service started by its
 * launcher and by java -Xmx256m -jar, then a simulation over stored evaluations; the figures are written into
 * docs/benchmarks.md (between its result markers) and the raw output under target/bench.
 * {@code -Dbench.only=jmh|http|simulation} runs one part; {@code -Dbench.quick=true} shortens every
 * run for trying the suite (its figures are not for the record: they are written to target/bench only).
 * {@code -Dbench.jfr=true} records each service run with JFR (target/bench/*.jfr).
 */
public final class BenchmarkSuite {
    static final Path OUT = Path.of("target/bench");
    static final Path REPORT = Path.of("docs/benchmarks.md");

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws Exception {
        String only = System.getProperty("bench.only", "all");
        boolean quick = Boolean.getBoolean("bench.quick");
        boolean jfr = Boolean.getBoolean("bench.jfr");
        if (!List.of("all", "jmh", "http", "simulation").contains(only)) {
            throw new IllegalArgumentException("bench.only is all, jmh, http or simulation, not " + only);
        }
        Files.createDirectories(OUT);
        if (runs(only, "http")) {
            Wrk.requireInstalled();
        }
        Machine machine = Machine.describe();

        List<InProcessRun.Score> scores = List.of();
        if (runs(only, "jmh")) {
            if (!kr.policy.checker.bench.floor.FloorCheck.run()) {
                throw new IllegalStateException("the floor disagrees with the engine: no comparison is fair");
            }
            scores = InProcessRun.run(quick, OUT);
        }
        List<ServiceRun.Figures> services = List.of();
        if (runs(only, "http")) {
            ServiceRun run = new ServiceRun(quick, OUT, jfr);
            List<ServiceRun.Figures> measured = new java.util.ArrayList<>(List.of(
                    run.run("policy-checker", ServiceProcess.Start.LAUNCHER, List.of()),
                    run.run("java -Xmx256m -jar", ServiceProcess.Start.JAR, List.of("-Xmx256m"))));
            if (BenchDatabase.wanted()) {
                measured.add(run.run("PostgreSQL build, policy-checker", ServiceProcess.Build.POSTGRESQL,
                        ServiceProcess.Start.LAUNCHER, List.of()));
            }
            services = List.copyOf(measured);
        }
        List<SimulationRun.Figures> simulations = List.of();
        if (runs(only, "simulation")) {
            simulations = new SimulationRun(quick, OUT, jfr).run();
        }
        String section = new Report(machine, scores, services, simulations, quick).render();
        Files.writeString(OUT.resolve("results.md"), section);
        if (quick) {
            System.out.println("quick run: figures in " + OUT.resolve("results.md") + " only");
        } else {
            Report.splice(REPORT, section);
            System.out.println("figures written to " + REPORT);
        }
        System.out.println(section);
    }

    /** Whether the part runs: when it is the one asked for, or all are. */
    private static boolean runs(String only, String part) {
        return only.equals("all") || only.equals(part);
    }
}
