package kr.policy.checker.history;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kr.policy.checker.api.TestKeys;
import kr.policy.checker.examples.Example;
import org.junit.jupiter.api.Test;

/**
 * The law of 2026-12 as a rule author would check it: the rules before the change (src/test/resources/
 * law-before-2026-12) simulated against today's over the examples. Of the cases the earlier service could take (no
 * value new to this change), exactly the 매장유산 협의 whose legal date is on or after 2025-02-14, with no legacy
 * consultation, move, and they move to NOT_COVERED; the minister's name and the cited articles are words and move no
 * outcome or result.
 */
@QuarkusTest
class LawOf2026SimulationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path BEFORE = Path.of("src/test/resources/law-before-2026-12");
    private static final List<String> FILES = List.of("permit-timeout/permit-timeout.drl",
            "permit-timeout/messages_ko.properties", "permit-timeout/messages_en.properties",
            "regulation-review/regulation-review.drl", "regulation-review/messages_ko.properties",
            "regulation-review/messages_en.properties");
    /** Values this change added: the earlier service refused a case naming one (400). */
    private static final Set<String> NEW_VALUES = Set.of("SEMICONDUCTOR_CLUSTER_SITE", "SEMICONDUCTOR_CLUSTER_INFRA",
            "HERITAGE_IMPACT_DIAGNOSIS", "SEMICONDUCTOR_CLUSTER_TENANT");
    private static final LocalDate ARTICLE_8_DELETED = LocalDate.parse("2025-02-14");

    @Test
    void onlyTheBuriedHeritageCasesFromTheDeletionMove() throws Exception {
        // the earlier rules enter the archive as a candidate; the change is then simulated from them to today's
        String before = simulate(null, files(BEFORE)).getString("candidate");
        JsonPath done = simulate(before, files(Path.of("rules")));
        assertEquals(before, done.getString("base"));

        Map<String, JsonNode> changed = changedExamples(done.getString("id"));
        Map<String, JsonNode> movedOfEarlierLaw = new TreeMap<>();
        changed.forEach((ref, item) -> {
            if (!usesNewValue(example(ref))) {
                movedOfEarlierLaw.put(ref, item);
            }
        });
        Set<String> expected = new TreeSet<>();
        for (Example e : Example.all()) {
            if (!e.expectsRefusal() && !usesNewValue(e) && buriedHeritageAfterDeletion(e)) {
                expected.add(e.domain() + "/" + e.name() + ".json");
            }
        }
        assertFalse(expected.isEmpty(), "the examples hold 매장유산 cases after 2025-02-14");
        assertEquals(expected, movedOfEarlierLaw.keySet());
        movedOfEarlierLaw.values().forEach(item -> {
            assertEquals("NOT_COVERED", item.at("/candidate/outcome").asText(), item.toString());
            assertTrue(item.toString().contains("result.permitTypeCovered"), item.toString());
        });
        // the 매장유산 cases before the deletion, or still pending under the old act, stay as they were
        for (Example e : Example.all()) {
            if (!e.expectsRefusal() && "BURIED_HERITAGE".equals(e.input().path("permitType").asText())
                    && !buriedHeritageAfterDeletion(e)) {
                assertFalse(changed.containsKey(e.domain() + "/" + e.name() + ".json"), e.name());
            }
        }
        // cases the earlier service refused outright now get answers: the semiconductor act's channels move
        assertTrue(changed.keySet().stream().anyMatch(r -> r.contains("semiconductor")), changed.keySet().toString());
    }

    private static boolean buriedHeritageAfterDeletion(Example e) {
        JsonNode in = e.input();
        if (!"BURIED_HERITAGE".equals(in.path("permitType").asText())
                || in.path("legacyHeritageConsultation").asBoolean(false)) {
            return false;
        }
        String legal = in.hasNonNull("requestDate") ? in.get("requestDate").asText() : in.path("asOf").asText();
        return !LocalDate.parse(legal).isBefore(ARTICLE_8_DELETED);
    }

    private static boolean usesNewValue(Example e) {
        for (JsonNode v : e.input()) {
            if (v.isTextual() && NEW_VALUES.contains(v.asText())) {
                return true;
            }
        }
        return false;
    }

    private static Example example(String ref) {
        return Example.all().stream().filter(e -> ref.equals(e.domain() + "/" + e.name() + ".json")).findFirst()
                .orElseThrow(() -> new AssertionError("no example " + ref));
    }

    private static Map<String, String> files(Path dir) throws Exception {
        Map<String, String> out = new HashMap<>();
        for (String f : FILES) {
            out.put(f, Files.readString(dir.resolve(f)));
        }
        return out;
    }

    private static JsonPath simulate(String base, Map<String, String> changes) {
        Map<String, Object> body = new HashMap<>();
        if (base != null) {
            body.put("base", base);
        }
        body.put("changes", changes);
        body.put("scope", Map.of("registers", false, "evaluations", false, "examples", true));
        String id = given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json").body(body)
                .post("/api/v1/rulesets/simulations").then().statusCode(202).extract().path("id");
        return RuleSetHistoryTest.awaitDone(id);
    }

    /** The changed example items by ref, every page. */
    private static Map<String, JsonNode> changedExamples(String id) throws Exception {
        Map<String, JsonNode> out = new TreeMap<>();
        for (int page = 0; ; page++) {
            JsonNode body = JSON.readTree(given().header("X-API-Key", TestKeys.ADMIN)
                    .get("/api/v1/rulesets/simulations/" + id + "/items?changed=true&size=50&page=" + page)
                    .then().statusCode(200).extract().asString());
            body.get("items").forEach(i -> {
                if (i.get("source").asText().equals("EXAMPLE")) {
                    out.put(i.get("ref").asText(), i);
                }
            });
            if (body.get("items").size() < 50) {
                return out;
            }
        }
    }
}
