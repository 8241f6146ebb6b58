package kr.policy.checker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Renders the figures as Markdown: each part (in-process, service, simulation) in its own marked block of
 * docs/benchmarks.md, so running one part replaces only its block and the prose around the blocks stays.
 */
final class Report {
    static final double GOAL_MICROS = 10;
    static final double GOAL_THROUGHPUT_RATIO = 0.6;
    static final double GOAL_P99_MILLIS = 5;
    static final double GOAL_BATCH_SECONDS = 5;
    static final double GOAL_START_MILLIS = 3000;
    static final double GOAL_RSS_MIB = 300;
    static final double GOAL_KEYED_RATIO = 0.5;

    private final Machine machine;
    private final List<InProcessRun.Score> scores;
    private final List<ServiceRun.Figures> services;
    private final List<SimulationRun.Figures> simulations;
    private final boolean quick;

    Report(Machine machine, List<InProcessRun.Score> scores, List<ServiceRun.Figures> services,
           List<SimulationRun.Figures> simulations, boolean quick) {
        this.machine = machine;
        this.scores = scores;
        this.services = services;
        this.simulations = simulations;
        this.quick = quick;
    }

    String render() {
        StringBuilder out = new StringBuilder();
        if (!scores.isEmpty()) {
            out.append(block("in-process", inProcess()));
        }
        if (!services.isEmpty()) {
            out.append(block("service", service()));
        }
        if (!simulations.isEmpty()) {
            out.append(block("simulation", SimulationReport.render(simulations)));
        }
        return out.toString();
    }

    /** Replaces each rendered block in the report file (or appends it), leaving everything else as it was. */
    static void splice(Path report, String rendered) throws IOException {
        String text = Files.exists(report) ? Files.readString(report) : "# Benchmarks\n\n";
        for (String name : List.of("in-process", "service", "simulation")) {
            String start = startMarker(name);
            String end = endMarker(name);
            int from = rendered.indexOf(start);
            if (from < 0) {
                continue;
            }
            String block = rendered.substring(from, rendered.indexOf(end, from) + end.length());
            int at = text.indexOf(start);
            text = at < 0 ? text + "\n" + block + "\n"
                    : text.substring(0, at) + block + text.substring(text.indexOf(end, at) + end.length());
        }
        Files.writeString(report, text);
    }

    private static String startMarker(String name) {
        return "<!-- results:" + name + ":start (written by mvn -Pbench verify; edit outside) -->";
    }

    private static String endMarker(String name) {
        return "<!-- results:" + name + ":end -->";
    }

    private String block(String name, String body) {
        return startMarker(name) + "\n" + header(name.equals("service")) + body + endMarker(name) + "\n";
    }

    private String header(boolean withWrk) {
        return "_Run " + machine.when() + (quick ? " (quick run: shortened, not for the record)" : "") + " on "
                + machine.cpu() + ", " + machine.cores() + " cores, " + machine.memory() + ", Linux "
                + machine.kernel() + ", " + machine.java() + (withWrk ? ", " + machine.wrk() : "") + "._\n\n";
    }

    // ---------------------------------------------------------------- part 1

    private String inProcess() {
        StringBuilder out = new StringBuilder();
        out.append("#### In-process: µs per evaluation (JMH average time, ± 99.9% error; bytes allocated per "
                + "evaluation)\n\n");
        out.append("| Domain | Engine, with explanation | Floor (hand-written Java) | Engine ÷ floor "
                + "| Engine B/eval | Floor B/eval |\n|---|---:|---:|---:|---:|---:|\n");
        double worst = 0;
        for (String domain : BenchCases.DOMAINS) {
            Optional<InProcessRun.Score> engine = score("engine", domain);
            Optional<InProcessRun.Score> floor = score("floor", domain);
            if (engine.isEmpty() || floor.isEmpty()) {
                continue;
            }
            worst = Math.max(worst, engine.get().micros());
            out.append(row(domain, micros(engine.get()), micros(floor.get()),
                    ratio(engine.get().micros() / floor.get().micros()), bytes(engine.get()), bytes(floor.get())));
        }
        Optional<InProcessRun.Score> dmn = score("dmn", "reshoring-subsidy");
        Optional<InProcessRun.Score> traced = score("dmnTraced", "reshoring-subsidy");
        Optional<InProcessRun.Score> engine = score("engine", "reshoring-subsidy");
        Optional<InProcessRun.Score> floor = score("floor", "reshoring-subsidy");
        if (dmn.isPresent() && traced.isPresent() && engine.isPresent() && floor.isPresent()) {
            out.append("\n#### Peer: the reshoring cap as DMN (KIE DMN engine ").append(dmnVersion())
                    .append(")\n\n| Evaluation | µs | B/eval | ÷ engine (whole reshoring case) | ÷ floor |\n"
                            + "|---|---:|---:|---:|---:|\n");
            for (InProcessRun.Score s : List.of(dmn.get(), traced.get())) {
                out.append(row(s.benchmark().equals("dmn") ? "DMN, cap and grantable amount only"
                                : "DMN, with a listener recording decisions and table rows", micros(s), bytes(s),
                        ratio(s.micros() / engine.get().micros()), ratio(s.micros() / floor.get().micros())));
            }
        }
        score("countEvaluation", "reshoring-subsidy").ifPresent(s -> out.append(
                "\n#### Counting an answered case (contract §15: the counter by domain and outcome, the latency "
                        + "histogram; Prometheus registry)\n\n| ns per case | B per case |\n|---:|---:|\n")
                .append(row(fmt(s.micros() * 1000), bytes(s))));
        out.append("\n").append(goals(List.<String[]>of(goal("≤ " + fmt(GOAL_MICROS) + " µs per in-process evaluation with "
                + "explanation (slowest domain)", fmt(worst) + " µs", worst <= GOAL_MICROS))));
        return out.toString();
    }

    private Optional<InProcessRun.Score> score(String benchmark, String domain) {
        return scores.stream().filter(s -> s.benchmark().equals(benchmark) && s.domain().equals(domain)).findFirst();
    }

    private static String dmnVersion() {
        Package p = org.kie.dmn.api.core.DMNRuntime.class.getPackage();
        return p.getImplementationVersion() == null ? "" : p.getImplementationVersion();
    }

    // ---------------------------------------------------------------- parts 2 and 3

    private String service() {
        StringBuilder out = new StringBuilder();
        int runSeconds = services.get(0).load().stream().filter(w -> w.target().equals("liveness")).findFirst()
                .map(Wrk.Figures::seconds).orElse(0);
        out.append("#### HTTP on loopback: wrk, 2 threads, ").append(runSeconds)
                .append(" s per run after a minute's warm-up (shown as its own row); evaluations cycle the four domains' cases\n\n")
                .append("| JVM | Endpoint | Connections | Requests/s | p50 ms | p99 ms | Requests "
                        + "| Evaluation ÷ liveness |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
        List<String[]> goals = new ArrayList<>();
        for (ServiceRun.Figures s : services) {
            for (Wrk.Figures w : s.load()) {
                String ratio = "";
                if (w.target().equals("evaluation") || w.target().equals(ServiceRun.KEYED)) {
                    double r = w.requestsPerSecond() / liveness(s, w.connections()).requestsPerSecond();
                    ratio = ratio(r);
                }
                if (w.target().equals("evaluation")) {
                    double r = w.requestsPerSecond() / liveness(s, w.connections()).requestsPerSecond();
                    if (w.connections() == 16) {
                        goals.add(goal("HTTP evaluation ≥ " + GOAL_THROUGHPUT_RATIO + " × liveness throughput at 16 "
                                + "connections (" + s.label() + ")", ratio(r), r >= GOAL_THROUGHPUT_RATIO));
                        goals.add(goal("HTTP evaluation p99 ≤ " + fmt(GOAL_P99_MILLIS) + " ms at 16 connections ("
                                + s.label() + ")", fmt(w.p99Millis()) + " ms", w.p99Millis() <= GOAL_P99_MILLIS));
                    }
                }
                out.append(row(s.label(), w.target(), Integer.toString(w.connections()),
                        String.format(Locale.ROOT, "%,.0f", w.requestsPerSecond()), fmt(w.p50Millis()),
                        fmt(w.p99Millis()), String.format(Locale.ROOT, "%,d", w.requests()), ratio));
            }
        }
        out.append("\n#### Batches: one POST of ").append(ServiceRun.BATCH_DOMAIN)
                .append(" cases (its answered examples in turn), timed from the first byte sent to the last received\n\n")
                .append("| JVM | Cases | Seconds | Cases/s | Request MB | Response MB |\n|---|---:|---:|---:|---:|---:|\n");
        for (ServiceRun.Figures s : services) {
            for (BatchRun.Figures b : s.batches()) {
                out.append(row(s.label(), String.format(Locale.ROOT, "%,d", b.cases()), fmt(b.seconds()),
                        String.format(Locale.ROOT, "%,.0f", b.cases() / b.seconds()), mb(b.requestBytes()),
                        mb(b.responseBytes())));
            }
            median(s.batches(), b -> b.cases() == 100_000).ifPresent(seconds -> goals.add(goal("100,000 cases in one "
                    + "batch ≤ " + fmt(GOAL_BATCH_SECONDS) + " s (" + s.label() + ", median)", fmt(seconds) + " s",
                    seconds <= GOAL_BATCH_SECONDS)));
        }
        out.append("\n#### Start-up and memory: `target/quarkus-app/policy-checker` (the launcher) and "
                + "`java -Xmx256m -jar target/quarkus-app/quarkus-run.jar`; start 1 on an empty data directory (cold: the "
                + "rules are compiled and cached), the others on the same directory (warm)\n\n")
                .append("| Started by | Start | Rules | To first 200 (liveness), ms | To first evaluation, ms "
                        + "| RSS after start, MiB | Metaspace, MiB | Classes loaded | RSS after load, MiB | Peak RSS, MiB "
                        + "|\n|---|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ServiceRun.Figures s : services) {
            for (int i = 0; i < s.startups().size(); i++) {
                ServiceRun.Startup st = s.startups().get(i);
                boolean last = i == s.startups().size() - 1;
                out.append(row(s.label(), Integer.toString(i + 1), st.warm() ? "cached" : "compiled",
                        fmt(st.millisToLive()), fmt(st.millisToEvaluation()), fmt(st.afterStart().rssMib()),
                        fmt(st.afterStart().metaspaceMib()), String.format(Locale.ROOT, "%,.0f", st.afterStart().classes()),
                        last ? fmt(s.afterLoad().rssMib()) : "", last ? fmt(s.afterLoad().peakMib()) : ""));
            }
            double warm = medianOf(s.startups().stream().filter(ServiceRun.Startup::warm)
                    .map(ServiceRun.Startup::millisToEvaluation).toList());
            goals.add(goal("Warm start to the first evaluation ≤ " + fmt(GOAL_START_MILLIS / 1000) + " s ("
                    + s.label() + ", median)", fmt(warm / 1000) + " s", warm <= GOAL_START_MILLIS));
            double rss = s.afterLoad().rssMib();
            goals.add(goal("RSS ≤ " + fmt(GOAL_RSS_MIB) + " MB at -Xmx256m after load (" + s.label() + ")",
                    fmt(rss) + " MiB", rss <= GOAL_RSS_MIB));
            Wrk.Figures keyed = s.load().stream().filter(w -> w.target().equals(ServiceRun.KEYED)).findFirst()
                    .orElseThrow();
            Wrk.Figures anonymous = s.load().stream().filter(w -> w.target().equals("evaluation")
                    && w.connections() == keyed.connections()).findFirst().orElseThrow();
            double keyedRatio = keyed.requestsPerSecond() / anonymous.requestsPerSecond();
            goals.add(goal("Evaluations with a key ≥ " + GOAL_KEYED_RATIO + " × anonymous at " + keyed.connections()
                    + " connections (" + s.label() + ")", ratio(keyedRatio), keyedRatio >= GOAL_KEYED_RATIO));
        }
        out.append("\n").append(goals(goals));
        return out.toString();
    }

    private static Wrk.Figures liveness(ServiceRun.Figures s, int connections) {
        return s.load().stream().filter(w -> w.target().equals("liveness") && w.connections() == connections)
                .findFirst().orElseThrow();
    }

    private static Optional<Double> median(List<BatchRun.Figures> batches, Predicate<BatchRun.Figures> which) {
        List<Double> seconds = batches.stream().filter(which).map(BatchRun.Figures::seconds).toList();
        return seconds.isEmpty() ? Optional.empty() : Optional.of(medianOf(seconds));
    }

    private static double medianOf(List<Double> values) {
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        return sorted.get(sorted.size() / 2);
    }

    // ---------------------------------------------------------------- formatting

    static String[] goal(String what, String measured, boolean met) {
        return new String[] {what, measured, met ? "met" : "**missed**"};
    }

    static String goals(List<String[]> goals) {
        StringBuilder out = new StringBuilder("| Goal | Measured | |\n|---|---:|---|\n");
        goals.forEach(g -> out.append(row(g)));
        return out.toString();
    }

    static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    private static String micros(InProcessRun.Score s) {
        return fmt(s.micros()) + " ± " + fmt(s.error());
    }

    private static String bytes(InProcessRun.Score s) {
        return Double.isNaN(s.bytesPerOp()) ? "" : String.format(Locale.ROOT, "%,.0f", s.bytesPerOp());
    }

    static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f×", r);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
    }

    /** Three significant figures, enough for numbers that vary by more than that from run to run. */
    static String fmt(double v) {
        if (v >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
