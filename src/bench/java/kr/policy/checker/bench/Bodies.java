package kr.policy.checker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.policy.checker.examples.Example;

/** Request bodies for the HTTP runs, made from the same example files as the in-process cases. */
final class Bodies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Bodies() {
    }

    static String evaluationPath(String domain) {
        return "/api/v1/evaluations/" + domain;
    }

    static String single(String domain) {
        return BenchCases.example(domain).input().toString();
    }

    /**
     * A wrk script that POSTs the four domains' chosen cases in turn. The bodies go in as Lua long strings, so a body
     * may not contain "]==]" (JSON cases do not).
     */
    static Path wrkScript(Path dir) throws IOException {
        return wrkScript(dir, "evaluations.lua", null);
    }

    /** As {@link #wrkScript(Path)}, every request carrying the API key (so each evaluation is stored). */
    static Path wrkScript(Path dir, String name, String apiKey) throws IOException {
        // requests are formatted in init(), after wrk has set the Host header
        StringBuilder lua = new StringBuilder("local bodies = {}\n");
        int i = 1;
        for (String domain : BenchCases.DOMAINS) {
            lua.append("bodies[").append(i++).append("] = {\"").append(evaluationPath(domain)).append("\", [==[")
                    .append(single(domain)).append("]==]}\n");
        }
        lua.append("local headers = {[\"Content-Type\"] = \"application/json\"")
                .append(apiKey == null ? "" : ", [\"X-API-Key\"] = \"" + apiKey + "\"").append("}\n");
        lua.append("""
                local requests = {}
                local n = 0
                init = function(args)
                  for i, b in ipairs(bodies) do
                    requests[i] = wrk.format("POST", b[1], headers, b[2])
                  end
                end
                request = function()
                  n = n % #requests + 1
                  return requests[n]
                end
                """);
        Path script = dir.resolve(name);
        Files.writeString(script, lua, StandardCharsets.UTF_8);
        return script;
    }

    /** A batch of {@code size} cases: the domain's examples that are answered (not refused), repeated in order. */
    static byte[] batch(String domain, int size) throws IOException {
        List<JsonNode> inputs = Example.all().stream()
                .filter(e -> e.domain().equals(domain) && !e.expectsRefusal()).map(Example::input).toList();
        ObjectNode root = JSON.createObjectNode();
        ArrayNode cases = root.putArray("cases");
        for (int i = 0; i < size; i++) {
            cases.add(inputs.get(i % inputs.size()));
        }
        return JSON.writeValueAsBytes(root);
    }
}
