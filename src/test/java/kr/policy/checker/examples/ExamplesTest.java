package kr.policy.checker.examples;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file under examples/ goes through the HTTP API and must get exactly what it says. */
@QuarkusTest
class ExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Example> examples() {
        return Example.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleGetsItsExpectedAnswer(Example example) throws Exception {
        Response response = given().contentType("application/json").body(example.input().toString())
                .post("/api/v1/evaluations/" + example.domain());
        JsonNode body = JSON.readTree(response.asString());
        JsonNode expected = example.expected();
        if (example.expectsRefusal()) {
            assertEquals(expected.get("status").asInt(), response.statusCode(), body.toString());
            Set<String> fields = new HashSet<>();
            body.path("errors").forEach(e -> fields.add(e.path("field").asText()));
            expected.get("errors").forEach(f -> assertTrue(fields.contains(f.asText()),
                    "error for " + f.asText() + " in " + body));
            if (expected.has("type")) {
                assertEquals(expected.get("type").asText(), body.path("type").asText(), body.toString());
            }
            return;
        }
        assertEquals(200, response.statusCode(), body.toString());
        assertEquals(expected.get("outcome").asText(), body.get("outcome").asText(), body.toString());
        Iterator<Map.Entry<String, JsonNode>> fields = expected.path("result").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode actual = body.get("result").get(f.getKey());
            assertTrue(actual != null || f.getValue().isNull(), "result has no field " + f.getKey());
            assertTrue(sameValue(f.getValue(), actual), f.getKey() + ": expected " + f.getValue() + ", got " + actual);
        }
        if (expected.has("missingFacts")) {
            assertEquals(expected.get("missingFacts"), body.get("missingFacts"), "missingFacts, in order");
        }
        assertFalse(body.get("explanation").isEmpty());
        // the law the answer rests on: each source of a fired rule once, as the example lists them (contract §13.4)
        assertTrue(expected.has("sources"), "the example lists the sources its answer rests on");
        List<String> sources = new ArrayList<>();
        body.get("sources").forEach(s -> {
            for (String field : List.of("id", "title", "number")) {
                assertFalse(s.path(field).asText().isBlank(), field + " of " + s);
            }
            // the version in force on the case's date: from when, or (an earlier version whose start is not
            // confirmed) until when
            assertFalse(s.path("effective").asText().isBlank() && s.path("until").asText().isBlank(),
                    "effective or until of " + s);
            sources.add(s.get("id").asText());
        });
        List<String> expectedSources = new ArrayList<>();
        expected.get("sources").forEach(s -> expectedSources.add(s.asText()));
        assertEquals(expectedSources, sources, "sources, in the order their rules first fired");
        // the version of a source the example names: {"sourceVersions": {"reshoring-rule": "산업통상부령 제5호"}}
        expected.path("sourceVersions").fields().forEachRemaining(v -> {
            String number = null;
            for (JsonNode s : body.get("sources")) {
                if (s.get("id").asText().equals(v.getKey())) {
                    number = s.get("number").asText();
                }
            }
            assertEquals(v.getValue().asText(), number, "the version of " + v.getKey() + " in force on the case's date");
        });
        body.get("explanation").forEach(e -> assertTrue(sources.contains(e.path("source").asText()),
                "the source of " + e + " is among the answer's sources"));
        // each thing is said once: a rule that fires again on the same facts would repeat itself
        Set<String> once = new HashSet<>();
        body.get("explanation").forEach(e -> assertTrue(once.add(e.get("rule").asText() + e.get("message").asText()),
                "said twice: " + e));
        body.get("explanation").forEach(e -> assertFalse(e.get("legalBasis").asText().isBlank()));
        // the statute, article, committee or minister an example says the answer must name (its message or basis)
        StringBuilder said = new StringBuilder();
        body.get("explanation").forEach(e -> said.append(e.get("message").asText()).append(' ')
                .append(e.get("legalBasis").asText()).append('\n'));
        expected.path("explanationMentions").forEach(m -> assertTrue(said.toString().contains(m.asText()),
                "explanation does not name \"" + m.asText() + "\":\n" + said));
        Set<String> hinted = new HashSet<>();
        body.path("hints").forEach(h -> hinted.add(h.path("field").asText()));
        expected.path("hintFields").forEach(f -> assertTrue(hinted.contains(f.asText()),
                "no hint about " + f.asText() + " in " + body.path("hints")));
    }

    @Test
    void everyDomainHasEnoughExamplesAndEveryOutcome() {
        Map<String, Set<String>> outcomes = Example.all().stream().filter(e -> !e.expectsRefusal())
                .collect(Collectors.groupingBy(Example::domain,
                        Collectors.mapping(e -> e.expected().get("outcome").asText(), Collectors.toSet())));
        assertEquals(Set.of("NOT_COVERED", "AWAITING_REQUEST", "DEEMED_PROCESSED", "DEEMING_SCHEDULED", "PROCESSED",
                "PENDING"), outcomes.get("permit-timeout"));
        assertEquals(Set.of("PENDING", "OVERDUE", "REPLIED_ON_TIME", "REPLIED_LATE"), outcomes.get("regulation-review"));
        assertEquals(Set.of("ELIGIBLE", "NOT_ELIGIBLE", "UNDETERMINED"), outcomes.get("reshoring-subsidy"));
        assertEquals(Set.of("ELIGIBLE", "NOT_ELIGIBLE", "UNDETERMINED"), outcomes.get("export-voucher"));
        assertEquals(Set.of("ELIGIBLE", "NOT_ELIGIBLE", "UNDETERMINED"), outcomes.get("investment-tax-credit"));
        Map<String, Long> counts = Example.all().stream()
                .collect(Collectors.groupingBy(Example::domain, Collectors.counting()));
        assertEquals(5, counts.size(), counts.toString());
        counts.forEach((domain, n) -> assertTrue(n >= (domain.equals("permit-timeout")
                || domain.equals("regulation-review") ? 12 : 15), counts.toString()));
    }

    /**
     * What an example expects is in the answer: numbers by value, objects by the fields the example names (nested),
     * arrays element by element and of the same length; null means absent or null.
     */
    private static boolean sameValue(JsonNode expected, JsonNode actual) {
        if (expected.isNull()) {
            return actual == null || actual.isNull();
        }
        if (actual == null) {
            return false;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isObject() && actual.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (!sameValue(f.getValue(), actual.get(f.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!sameValue(expected.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return expected.equals(actual);
    }
}
