package kr.policy.checker.history;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a simulation has found so far: how many items moved from one outcome to another (by domain) and how often
 * each rule fired on the base and on the candidate. Held by the run in memory (its size grows with rules and
 * outcomes, not with items) and written to the simulation's row with every page.
 */
public final class SimulationSummary {
    public record Transition(String domain, String from, String to, long count) {
    }

    public record RuleFiring(String domain, String rule, long firedBase, long firedCandidate) {
    }

    /** What is stored and shown: transitions, and the rules whose firing count differs. */
    public record Snapshot(List<Transition> transitions, List<RuleFiring> rules) {
        static Snapshot empty() {
            return new Snapshot(List.of(), List.of());
        }
    }

    private record TransitionKey(String domain, String from, String to) {
    }

    private record RuleKey(String domain, String rule) {
    }

    private final Map<TransitionKey, long[]> transitions = new TreeMap<>(
            Comparator.comparing(TransitionKey::domain).thenComparing(TransitionKey::from).thenComparing(TransitionKey::to));
    private final Map<RuleKey, long[]> rules = new TreeMap<>(
            Comparator.comparing(RuleKey::domain).thenComparing(RuleKey::rule));

    /** A changed item: from = to when only result fields changed. */
    void changed(String domain, String from, String to) {
        transitions.computeIfAbsent(new TransitionKey(domain, from, to), k -> new long[1])[0]++;
    }

    void fired(String domain, List<String> onBase, List<String> onCandidate) {
        onBase.forEach(r -> rules.computeIfAbsent(new RuleKey(domain, r), k -> new long[2])[0]++);
        onCandidate.forEach(r -> rules.computeIfAbsent(new RuleKey(domain, r), k -> new long[2])[1]++);
    }

    Snapshot snapshot() {
        List<Transition> t = transitions.entrySet().stream()
                .map(e -> new Transition(e.getKey().domain(), e.getKey().from(), e.getKey().to(), e.getValue()[0]))
                .sorted(Comparator.comparingLong(Transition::count).reversed()).toList();
        List<RuleFiring> r = rules.entrySet().stream().filter(e -> e.getValue()[0] != e.getValue()[1])
                .map(e -> new RuleFiring(e.getKey().domain(), e.getKey().rule(), e.getValue()[0], e.getValue()[1]))
                .toList();
        return new Snapshot(t, r);
    }
}
