package kr.policy.checker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import kr.policy.checker.examples.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every permit-timeout and regulation-review example through the case register, as a clerk would enter it: created
 * with its facts, then read back judged on the example's day (contract §5); a refused example stores nothing. And the
 * register keeps one case per permit and request date across the two statutes of §13.1 (409).
 */
@QuarkusTest
@TestProfile(TodayDecember2026.class)
class RegisterExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> REGISTERS = Map.of("permit-timeout", "/api/v1/permit-cases",
            "regulation-review", "/api/v1/regulation-reviews");
    /** In the default profile ExamplesTest judges an example without asOf on this day. */
    private static final String EXAMPLES_TODAY = "2024-05-10";

    static Stream<Example> registerExamples() {
        return Example.all().stream().filter(e -> REGISTERS.containsKey(e.domain()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registerExamples")
    void exampleThroughTheRegister(Example example) throws Exception {
        String organization = "examples-" + UUID.randomUUID();
        String key = TestKeys.issue("CLERK", organization);
        String register = REGISTERS.get(example.domain());
        ObjectNode body = example.input().deepCopy();
        String asOf = body.has("asOf") ? body.remove("asOf").asText() : EXAMPLES_TODAY;
        body.put("title", example.name()).put("applicant", example.name()).put("permittingAuthority", "시험시장");
        if (example.expectsRefusal() && given().contentType("application/json").body(((ObjectNode) example.input().deepCopy())
                .without("asOf").toString()).post("/api/v1/evaluations/" + example.domain()).statusCode() == 200) {
            return; // refused for a date after its asOf: a register judges on today, and takes no asOf
        }
        Response created = given().header("X-API-Key", key).contentType("application/json").body(body.toString())
                .post(register);
        JsonNode expected = example.expected();
        if (example.expectsRefusal()) {
            assertTrue(created.statusCode() >= 400 && created.statusCode() < 500, created.asString());
            given().header("X-API-Key", key).get(register).then().statusCode(200).body("total", equalTo(0));
            return;
        }
        assertEquals(201, created.statusCode(), created.asString());
        JsonNode read = JSON.readTree(given().header("X-API-Key", key).queryParam("asOf", asOf)
                .get(register + "/" + created.path("id")).then().statusCode(200).extract().asString());
        JsonNode evaluation = read.get("evaluation");
        assertEquals(expected.get("outcome").asText(), evaluation.get("outcome").asText(), evaluation.toString());
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.path("result").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode actual = evaluation.get("result").get(f.getKey());
            String want = f.getValue().isNull() ? "null" : f.getValue().asText();
            String got = actual == null || actual.isNull() ? "null" : actual.asText();
            assertEquals(want, got, f.getKey() + " in " + evaluation);
        }
    }

    @Test
    void onePermitOneStatute() {
        String organization = "dual-" + UUID.randomUUID();
        String key = TestKeys.issue("CLERK", organization);
        String advanced = permitCase("SPECIAL_COMPLEX", "2026-09-01");
        given().header("X-API-Key", key).contentType("application/json").body(advanced).post("/api/v1/permit-cases")
                .then().statusCode(201);
        // the same permit, requested the same day, under the 반도체특별법: refused, and nothing is stored
        given().header("X-API-Key", key).contentType("application/json")
                .body(permitCase("SEMICONDUCTOR_CLUSTER_SITE", "2026-09-01")).post("/api/v1/permit-cases")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("국가첨단전략산업법"));
        given().header("X-API-Key", key).get("/api/v1/permit-cases").then().body("total", equalTo(1));
        // the same statute by another channel, or another request date, is another matter for this rule
        given().header("X-API-Key", key).contentType("application/json")
                .body(permitCase("LEAD_PROJECT", "2026-09-01")).post("/api/v1/permit-cases").then().statusCode(201);
        given().header("X-API-Key", key).contentType("application/json")
                .body(permitCase("SEMICONDUCTOR_CLUSTER_SITE", "2026-09-02")).post("/api/v1/permit-cases")
                .then().statusCode(201);
        // a case entered before its request, whose request then falls on the same day, is refused at that event
        String pending = given().header("X-API-Key", key).contentType("application/json")
                .body(permitCase("SEMICONDUCTOR_CLUSTER_INFRA", null)).post("/api/v1/permit-cases")
                .then().statusCode(201).extract().path("id");
        given().header("X-API-Key", key).header("Accept-Language", "en").contentType("application/json")
                .body("{\"type\": \"REQUEST_SENT\", \"date\": \"2026-09-01\"}")
                .post("/api/v1/permit-cases/" + pending + "/events").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("deemed processed twice"));
        given().header("X-API-Key", key).get("/api/v1/permit-cases/" + pending).then()
                .body("requestDate", equalTo(null)).body("events.size()", equalTo(0));
        // another organization's register is its own
        given().header("X-API-Key", TestKeys.issue("CLERK", "other-" + organization)).contentType("application/json")
                .body(permitCase("SEMICONDUCTOR_CLUSTER_SITE", "2026-09-01")).post("/api/v1/permit-cases")
                .then().statusCode(201);
    }

    private static String permitCase(String channel, String requestDate) {
        return """
                {"title": "반도체 공장 부지", "applicant": "(주)한빛반도체", "permittingAuthority": "용인시장",
                 "channel": "%s", "permitType": "INDUSTRIAL_SITE"%s}""".formatted(channel,
                requestDate == null ? "" : ", \"requestDate\": \"" + requestDate + "\"");
    }
}
