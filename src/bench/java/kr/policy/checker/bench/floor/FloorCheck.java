package kr.policy.checker.bench.floor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kr.policy.checker.bench.BenchCases;
import kr.policy.checker.engine.EngineFixture;
import kr.policy.checker.engine.Evaluation;
import kr.policy.checker.engine.ExplanationEntry;
import kr.policy.checker.text.Language;
import kr.policy.checker.examples.Example;

/**
 * Checks that the floors answer every example of the benchmarked domains the way the engine does: outcome, every result field, the missing
 * facts in order, and the rules explained (name and legal basis, in firing order). Examples that expect a refusal
 * are skipped; the floors handle valid input only. Prints one line per mismatch; the benchmark suite
 * refuses to compare against a floor that disagrees.
 */
public final class FloorCheck {
    private static final String TODAY = BenchCases.TODAY.toString();
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private FloorCheck() {
    }

    public static void main(String[] args) {
        System.exit(run() ? 0 : 1);
    }

    /** Prints the comparison; true when the floors agree with the engine on every answered example. */
    public static boolean run() {
        Floors floors = new Floors(EngineFixture.RULES.periods());
        Map<String, int[]> tally = new LinkedHashMap<>();
        BenchCases.DOMAINS.forEach(d -> tally.put(d, new int[2]));
        for (Example example : Example.all()) {
            // the floors exist for the benchmarked domains only (BenchCases.DOMAINS)
            if (example.expectsRefusal() || !BenchCases.DOMAINS.contains(example.domain())) {
                continue;
            }
            List<String> mismatches = compare(example, floors);
            mismatches.forEach(m -> System.out.println(example + ": " + m));
            int[] counts = tally.computeIfAbsent(example.domain(), d -> new int[2]);
            counts[0] += mismatches.isEmpty() ? 1 : 0;
            counts[1]++;
        }
        int agreed = 0;
        int total = 0;
        for (Map.Entry<String, int[]> e : tally.entrySet()) {
            System.out.println(e.getKey() + ": " + summary(e.getValue()[0], e.getValue()[1]));
            agreed += e.getValue()[0];
            total += e.getValue()[1];
        }
        System.out.println(summary(agreed, total));
        return agreed == total;
    }

    private static String summary(int agreed, int total) {
        return "floor agrees with the engine on " + agreed + " of " + total + " examples";
    }

    private static List<String> compare(Example example, Floors floors) {
        List<String> out = new ArrayList<>();
        Object input = BenchCases.read(example.domain(), example.input());
        Evaluation engine;
        FloorAnswer floor;
        try {
            engine = EngineFixture.evaluate(example.domain(), input, TODAY);
            floor = floors.answer(example.domain(), input, LocalDate.parse(TODAY));
        } catch (RuntimeException e) {
            out.add("failed: " + e);
            return out;
        }
        if (engine.refused()) {
            out.add("the engine refused the case");
            return out;
        }
        if (engine.result().getOutcome() != floor.outcome()) {
            out.add("outcome: engine " + engine.result().getOutcome() + ", floor " + floor.outcome());
        }
        compareResults(JSON.valueToTree(engine.result()), JSON.valueToTree(floor.result()), out);
        if (!engine.missingFacts().equals(floor.missingFacts())) {
            out.add("missingFacts: engine " + engine.missingFacts() + ", floor " + floor.missingFacts());
        }
        List<String> engineRules = rules(engine.explain(Language.KO).entries());
        List<String> floorRules = rules(floor.explanation());
        if (!engineRules.equals(floorRules)) {
            out.add("explanation: engine " + engineRules + ", floor " + floorRules);
        }
        return out;
    }

    /** Field by field over both results' properties; numbers compare by value (0.70 equals 0.7). */
    private static void compareResults(JsonNode engine, JsonNode floor, List<String> out) {
        Set<String> fields = new LinkedHashSet<>();
        engine.fieldNames().forEachRemaining(fields::add);
        floor.fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            JsonNode e = engine.get(field);
            JsonNode f = floor.get(field);
            if (!sameValue(e, f)) {
                out.add("result." + field + ": engine " + e + ", floor " + f);
            }
        }
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a != null && b != null && a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return Objects.equals(a, b);
    }

    private static List<String> rules(List<ExplanationEntry> entries) {
        List<String> out = new ArrayList<>(entries.size());
        for (ExplanationEntry e : entries) {
            out.add(e.rule() + " (" + e.legalBasis() + ")");
        }
        return out;
    }
}
