package kr.policy.checker.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The API document (/q/openapi) as the fuzz suite reads it: every operation with its parameters, body schema and
 * example, and the schemas behind them with references followed. The suite holds the service to what this document
 * says, so a rule the document states is a rule the service must keep.
 */
final class ApiDocument {
    record Param(String name, String in, boolean required, JsonNode schema) {
    }

    record Operation(String method, String path, String id, List<Param> params, JsonNode body, JsonNode example,
                     boolean keyRequired) {
        boolean mutates() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + id + ")";
        }
    }

    private final JsonNode doc;
    private final List<Operation> operations = new ArrayList<>();

    ApiDocument(JsonNode doc) {
        this.doc = doc;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> o = ops.next();
                String method = o.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                operations.add(operation(method, p.getKey(), o.getValue()));
            }
        }
    }

    List<Operation> operations() {
        return operations;
    }

    private Operation operation(String method, String path, JsonNode op) {
        List<Param> params = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            JsonNode param = resolve(p);
            params.add(new Param(param.path("name").asText(), param.path("in").asText(),
                    param.path("required").asBoolean(false), resolve(param.path("schema"))));
        }
        JsonNode media = op.path("requestBody").path("content").path("application/json");
        JsonNode body = media.isMissingNode() ? null : resolve(media.path("schema"));
        JsonNode example = media.has("example") ? media.get("example") : null;
        if (example == null && media.path("examples").isObject() && media.path("examples").size() > 0) {
            example = media.path("examples").elements().next().path("value");
        }
        boolean keyRequired = true;
        for (JsonNode requirement : op.path("security")) {
            if (requirement.isEmpty()) {
                keyRequired = false; // {} among the requirements: no key needed
            }
        }
        return new Operation(method, path, op.path("operationId").asText(), params, body, example, keyRequired);
    }

    /** The schema (or parameter) a reference points to; the node itself when it is not a reference. */
    JsonNode resolve(JsonNode node) {
        JsonNode n = node;
        for (int hops = 0; n != null && n.has("$ref") && hops < 10; hops++) {
            String ref = n.get("$ref").asText();
            n = doc.at(ref.substring(1));
        }
        return n == null || n.isMissingNode() ? JsonNodeFactory.instance.objectNode() : n;
    }

    // ------------------------------------------------------------------ what a schema allows

    /** The JSON types a schema allows ("any" when it names none). */
    Set<String> types(JsonNode schema) {
        JsonNode s = resolve(schema);
        Set<String> out = new LinkedHashSet<>();
        JsonNode type = s.get("type");
        if (type != null && type.isTextual()) {
            out.add(type.asText());
        } else if (type != null && type.isArray()) {
            type.forEach(t -> out.add(t.asText()));
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            s.path(combinator).forEach(branch -> out.addAll(types(branch)));
        }
        if (out.isEmpty() && s.has("enum")) {
            out.add("string");
        }
        if (out.isEmpty() && s.has("properties")) {
            out.add("object");
        }
        if (out.isEmpty()) {
            out.add("any");
        }
        return out;
    }

    /** The schema without its null branch: what a non-null value must be. */
    JsonNode nonNull(JsonNode schema) {
        JsonNode s = resolve(schema);
        for (String combinator : List.of("anyOf", "oneOf")) {
            for (JsonNode branch : s.path(combinator)) {
                if (!types(branch).equals(Set.of("null"))) {
                    return resolve(branch);
                }
            }
        }
        return s;
    }

    static List<String> enumValues(JsonNode s) {
        List<String> out = new ArrayList<>();
        s.path("enum").forEach(v -> {
            if (!v.isNull()) {
                out.add(v.asText());
            }
        });
        return out;
    }

    static BigDecimal bound(JsonNode s, String name) {
        JsonNode b = s.get(name);
        return b == null || !b.isNumber() ? null : b.decimalValue();
    }
}
