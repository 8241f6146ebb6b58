package kr.policy.checker.web;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.policy.checker.history.SimulationSummary;

/**
 * The bars of a simulation's transitions, measured here so that the page draws them as plain SVG (no script, no
 * chart library): one bar per transition, its length proportional to how many items it moves.
 */
final class TransitionChart {
    static final int BAR_HEIGHT = 22;
    static final int GAP = 8;
    static final int LABEL_WIDTH = 330;
    static final int MAX_BAR = 300;

    @TemplateData
    record Bar(String label, long count, int y, int width, int textY, int countX, boolean outcomeChanged) {
    }

    @TemplateData
    record Chart(List<Bar> bars, int height, int width, int labelWidth) {
    }

    private TransitionChart() {
    }

    /** Transitions are sorted by count already (largest first). */
    static Chart of(List<SimulationSummary.Transition> transitions, Map<String, String> words) {
        long max = transitions.stream().mapToLong(SimulationSummary.Transition::count).max().orElse(1);
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (SimulationSummary.Transition t : transitions) {
            int width = (int) Math.max(2, Math.round((double) t.count() / max * MAX_BAR));
            String label = domainLabel(t.domain(), words) + ": " + outcome(t.from(), words)
                    + (t.from().equals(t.to()) ? " (" + words.get("rules.sim.resultOnly") + ")" : " → " + outcome(t.to(), words));
            bars.add(new Bar(label, t.count(), y, width, y + BAR_HEIGHT - 6, LABEL_WIDTH + width + 6,
                    !t.from().equals(t.to())));
            y += BAR_HEIGHT + GAP;
        }
        return new Chart(bars, Math.max(y, BAR_HEIGHT), LABEL_WIDTH + MAX_BAR + 80, LABEL_WIDTH);
    }

    static String outcome(String outcome, Map<String, String> words) {
        return words.getOrDefault("case.outcome." + outcome, words.getOrDefault("outcome." + outcome, outcome));
    }

    static String domainLabel(String domain, Map<String, String> words) {
        return words.getOrDefault("rules.domain." + domain, domain);
    }
}
