package kr.policy.checker.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The leaves of two answers' {@code outcome}, {@code result} and legal sources that differ, by JSON path
 * ({@code result.grantableAmountKrw}, {@code result.missedDeadlines[0]}). Both answers are read from JSON text the
 * same way, so a number compares equal whatever Java type wrote it.
 */
final class AnswerDiff {
    /** One differing leaf; a side where the path is absent holds JSON null. */
    record Leaf(String path, JsonNode before, JsonNode after) {
    }

    private AnswerDiff() {
    }

    static List<Leaf> changes(JsonNode before, JsonNode after) {
        List<Leaf> out = new ArrayList<>();
        compare("outcome", before.path("outcome"), after.path("outcome"), out);
        compare("result", before.path("result"), after.path("result"), out);
        compareSources(before.path("sources"), after.path("sources"), out);
        return out;
    }

    /**
     * A legal source both answers rest on, read in another version (a new number, effective date or title), is a
     * change: {@code sources.<id>.number}. A source that only one answer names follows from which rules fired, which
     * the summary of fired rules reports.
     */
    private static void compareSources(JsonNode before, JsonNode after, List<Leaf> out) {
        for (JsonNode b : after) {
            String id = b.path("id").asText();
            for (JsonNode a : before) {
                if (a.path("id").asText().equals(id)) {
                    for (String field : List.of("title", "number", "effective", "until")) {
                        compare("sources." + id + "." + field, a.path(field), b.path(field), out);
                    }
                }
            }
        }
    }

    /** The named top-level fields that differ (a replay's check of what was stored). */
    static List<String> differingFields(JsonNode before, JsonNode after, List<String> fields) {
        return fields.stream().filter(f -> !normal(before.path(f)).equals(normal(after.path(f)))).toList();
    }

    private static void compare(String path, JsonNode a, JsonNode b, List<Leaf> out) {
        a = normal(a);
        b = normal(b);
        if (a.equals(b)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(path + "." + name, a.path(name), b.path(name), out);
            }
        } else if (a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                compare(path + "[" + i + "]", a.path(i), b.path(i), out);
            }
        } else {
            out.add(new Leaf(path, a, b));
        }
    }

    /** An absent field and an explicit null are the same answer. */
    private static JsonNode normal(JsonNode node) {
        return node == null || node.isMissingNode() ? NullNode.getInstance() : node;
    }

    /** The rule names of an answer's explanation: the rules that fired, in order. */
    static List<String> firedRules(JsonNode answer) {
        List<String> names = new ArrayList<>();
        for (Iterator<JsonNode> it = answer.path("explanation").elements(); it.hasNext(); ) {
            names.add(it.next().path("rule").asText());
        }
        return names;
    }
}
