package kr.policy.checker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The simulation part's block of docs/benchmarks.md: how long each simulation took, the memory beside it, and a
 * sentence on whether the heap grew with the number of stored evaluations (the runner is meant to hold one page).
 */
final class SimulationReport {
    /** The heap half-way through may vary by page and GC timing, not by 4 × the evaluations: 1.5 × is growth. */
    static final double GOAL_HEAP_RATIO = 1.5;

    private SimulationReport() {
    }

    static String render(List<SimulationRun.Figures> runs) {
        StringBuilder out = new StringBuilder();
        out.append("#### Simulation (contract §8.4): a candidate judged beside its base over stored evaluations\n\n")
                .append("One service, `").append(SimulationRun.LABEL).append(" target/quarkus-app/quarkus-run.jar` on a "
                        + "fresh data directory. Evaluations stored through keyed batches (half permit-timeout, half "
                        + "reshoring-subsidy, their answered examples in turn), then simulated; then more stored and "
                        + "all simulated again. The candidate edits two files of the version in service: the "
                        + "capital-region reshoring cap 200억 → 150억 and the permit time-out period 60 → 90 days; scope: "
                        + "the registers (empty here) and every stored evaluation. POST → 202 is the candidate's "
                        + "compilation; 202 → DONE is polled every 0.2 s and includes, half-way, one forced full GC: the "
                        + "live heap is the total of a class histogram taken in its pause (`jcmd GC.class_histogram`, kept "
                        + "in `target/bench/simulation-*.histogram.txt`). Items/s is judged items over 202 → DONE.\n\n");
        out.append("| Stored evaluations | Added before it | Added in, s | Status | Judged / total | Changed | POST → 202, s "
                + "| 202 → DONE, s | createdAt → finishedAt, s | Items/s |\n|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (SimulationRun.Figures f : runs) {
            out.append(Report.row(count(f.stored()), count(f.added()), Report.fmt(f.storeSeconds()), f.done() ? f.status()
                            : "**" + f.status() + "**", count(f.evaluated()) + " / " + count(f.total()),
                    count(f.changed()), Report.fmt(f.secondsToAccept()), Report.fmt(f.secondsToDone()),
                    num(f.serverSeconds()), String.format(Locale.ROOT, "%,.0f", f.itemsPerSecond())));
        }
        out.append("\n| Stored evaluations | Live heap before, MiB | Live heap half-way, MiB "
                + "| Live heap at the end, MiB | Heap committed at the end, MiB | RSS at the end, MiB "
                + "| Peak RSS during the simulation, MiB |\n|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SimulationRun.Figures f : runs) {
            out.append(Report.row(count(f.stored()), mib(f.before()), mib(f.midRun()), mib(f.atEnd()),
                    f.atEnd() == null ? "—" : num(f.atEnd().committedMib()),
                    f.memory() == null ? "—" : Report.fmt(f.memory().rssMib()),
                    f.memory() == null ? "—" : Report.fmt(f.memory().peakMib()) + (f.peakReset() ? "" : " (whole life)")));
        }
        out.append("\n");
        for (SimulationRun.Figures f : runs) {
            if (!f.done()) {
                out.append("**The simulation of ").append(count(f.stored())).append(" ended ").append(f.status())
                        .append(f.failure() == null ? "" : ": " + f.failure()).append("** (service log: "
                                + "`target/bench/service-simulation.log`).\n\n");
            }
        }
        SimulationRun.Figures last = runs.get(runs.size() - 1);
        out.append("Changed at ").append(count(last.stored())).append(": ").append(transitions(last.transitions()))
                .append(".\n\n");
        List<String[]> goals = new ArrayList<>();
        goals.add(Report.goal("A simulation of " + count(last.stored()) + " stored evaluations finishes at -Xmx256m",
                last.status() + " in " + Report.fmt(last.secondsToDone()) + " s", last.done()));
        if (runs.size() > 1) {
            SimulationRun.Figures first = runs.get(0);
            out.append(comparison(first, last)).append("\n\n");
            double ratio = used(last.midRun()) / used(first.midRun());
            goals.add(Report.goal("Live heap half-way at " + count(last.stored()) + " ≤ " + GOAL_HEAP_RATIO
                    + " × at " + count(first.stored()), Double.isNaN(ratio) ? "not sampled" : Report.ratio(ratio),
                    ratio <= GOAL_HEAP_RATIO));
        }
        return out.append(Report.goals(goals)).toString();
    }

    /** The sentence comparing the smaller run with the larger: evaluations, heap half-way and at the end, RSS. */
    private static String comparison(SimulationRun.Figures small, SimulationRun.Figures large) {
        double half = used(large.midRun()) / used(small.midRun());
        String verdict = Double.isNaN(half) ? "the heap was not sampled half-way in both runs"
                : half <= GOAL_HEAP_RATIO ? "the heap a simulation holds does not grow with the number of stored "
                + "evaluations" : "**the heap grows with the number of stored evaluations**";
        return String.format(Locale.ROOT, "From %s to %s stored evaluations (%s as many), the live heap half-way "
                        + "through went from %s to %s MiB (%s; before the simulations %s and %s MiB), at the end from %s to %s "
                        + "MiB, and RSS at the end from %s to %s MiB (the committed heap from %s to %s MiB, within "
                        + "-Xmx256m): %s.", count(small.stored()), count(large.stored()),
                Report.ratio((double) large.stored() / small.stored()), mib(small.midRun()), mib(large.midRun()),
                Double.isNaN(half) ? "—" : Report.ratio(half), mib(small.before()), mib(large.before()),
                mib(small.atEnd()), mib(large.atEnd()),
                small.memory() == null ? "—" : num(small.memory().rssMib()),
                large.memory() == null ? "—" : num(large.memory().rssMib()),
                small.atEnd() == null ? "—" : num(small.atEnd().committedMib()),
                large.atEnd() == null ? "—" : num(large.atEnd().committedMib()), verdict);
    }

    private static String transitions(JsonNode transitions) {
        List<String> parts = new ArrayList<>();
        for (JsonNode t : transitions) {
            String from = t.path("from").asText();
            String to = t.path("to").asText();
            parts.add(t.path("domain").asText() + " " + (from.equals(to) ? from + " (result fields only)"
                    : from + " → " + to) + " " + count(t.path("count").asInt()));
        }
        return parts.isEmpty() ? "nothing" : String.join("; ", parts);
    }

    private static String mib(ServiceProcess.Heap heap) {
        return num(used(heap));
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "—" : Report.fmt(v);
    }

    private static double used(ServiceProcess.Heap heap) {
        return heap == null ? Double.NaN : heap.usedMib();
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
