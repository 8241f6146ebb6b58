package kr.policy.checker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import kr.policy.checker.domain.Domain;
import kr.policy.checker.domain.Domains;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Contract §1: evaluation answers and every error path. */
@QuarkusTest
class EvaluationApiTest {
    private static final String PERMIT = "/api/v1/evaluations/permit-timeout";
    private static final String CASE = """
            {"channel": "SPECIAL_COMPLEX", "permitType": "INDUSTRIAL_SITE", "requestDate": "2024-03-04",
             "asOf": "2024-05-10"}""";

    @Test
    void answerCarriesOutcomeResultExplanationAndVersion() {
        String version = given().get("/api/v1/rulesets").then().extract().path("version");
        given().contentType("application/json").body(CASE).post(PERMIT).then()
                .statusCode(200)
                .contentType(containsString("application/json"))
                .body("domain", equalTo("permit-timeout"))
                .body("asOf", equalTo("2024-05-10"))
                .body("ruleSetVersion", equalTo(version))
                .body("ruleSetVersion", startsWith("sha256:"))
                .body("outcome", equalTo("DEEMED_PROCESSED"))
                .body("result.deemedProcessedDate", equalTo("2024-05-04"))
                .body("explanation.rule", hasItem("deemed processed"))
                .body("explanation.legalBasis", everyItem(containsString("법")))
                .body("missingFacts", hasSize(0));
    }

    @Test
    void explanationFollowsFiringOrderAndMessagesAreKoreanByDefault() {
        List<String> rules = given().contentType("application/json").body(CASE).post(PERMIT)
                .then().extract().path("explanation.rule");
        assertEquals(List.of("periods counted by the Civil Act", "special complex developer is covered",
                "permit listed in article 19(1)", "requesting minister before the ministry was renamed",
                "plan reply period", "time-out period", "plan not returned by its deadline", "deemed processed"), rules);
        given().contentType("application/json").body(CASE).post(PERMIT).then()
                .body("explanation[3].message", containsString("산업통상자원부장관"))
                .body("explanation[7].message", containsString("처리완료 간주"));
    }

    @Test
    void englishWhenAskedFor() {
        given().contentType("application/json").header("Accept-Language", "en-US,en;q=0.9").body(CASE)
                .post(PERMIT).then().statusCode(200)
                .body("explanation[7].message", containsString("deemed processed on 2024-05-04"));
        given().contentType("application/json").header("Accept-Language", "en")
                .body("{\"channel\": \"SPECIAL_COMPLEX\"}").post(PERMIT).then().statusCode(400)
                .body("title", equalTo("Invalid input"))
                .body("errors[0].field", equalTo("permitType"))
                .body("errors[0].message", equalTo("is required"));
    }

    @Test
    void asOfDefaultsToTodayFromThePinnedClock() {
        given().contentType("application/json")
                .body("{\"channel\": \"SPECIAL_COMPLEX\", \"permitType\": \"INDUSTRIAL_SITE\", \"requestDate\": \"2024-03-04\"}")
                .post(PERMIT).then().statusCode(200)
                .body("asOf", equalTo("2024-05-10"))
                .body("outcome", equalTo("DEEMED_PROCESSED"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "impossible date|{\"channel\":\"SPECIAL_COMPLEX\",\"permitType\":\"INDUSTRIAL_SITE\",\"requestDate\":\"2024-02-30\"}|requestDate",
            "unknown enum value|{\"channel\":\"SPECIAL\",\"permitType\":\"INDUSTRIAL_SITE\"}|channel",
            "number for an enum|{\"channel\":1,\"permitType\":\"INDUSTRIAL_SITE\"}|channel",
            "string for a number|{\"channel\":\"SPECIAL_COMPLEX\",\"permitType\":\"INDUSTRIAL_SITE\",\"supplementDays\":\"3\"}|supplementDays",
            "fraction for a whole number|{\"channel\":\"SPECIAL_COMPLEX\",\"permitType\":\"INDUSTRIAL_SITE\",\"supplementDays\":1.5}|supplementDays",
            "negative count|{\"channel\":\"SPECIAL_COMPLEX\",\"permitType\":\"INDUSTRIAL_SITE\",\"supplementDays\":-1}|supplementDays",
            "absurd count|{\"channel\":\"SPECIAL_COMPLEX\",\"permitType\":\"INDUSTRIAL_SITE\",\"supplementDays\":2147483647}|supplementDays",
            "extension over the legal bound|{\"channel\":\"SPECIAL_COMPLEX\",\"permitType\":\"INDUSTRIAL_SITE\",\"requestDate\":\"2024-03-04\",\"planSubmittedDate\":\"2024-03-10\",\"extensionDays\":16,\"asOf\":\"2024-04-01\"}|extensionDays",
            "unknown field|{\"channel\":\"SPECIAL_COMPLEX\",\"permitType\":\"INDUSTRIAL_SITE\",\"requestdate\":\"2024-03-04\"}|requestdate",
            "missing required field|{\"permitType\":\"INDUSTRIAL_SITE\"}|channel",
            "date before the calendar|{\"channel\":\"SPECIAL_COMPLEX\",\"permitType\":\"INDUSTRIAL_SITE\",\"requestDate\":\"2019-12-01\"}|requestDate",
            "number too large|{\"channel\":\"SPECIAL_COMPLEX\",\"permitType\":\"INDUSTRIAL_SITE\",\"supplementDays\":99999999999999}|supplementDays",
            "empty string for a date|{\"channel\":\"SPECIAL_COMPLEX\",\"permitType\":\"INDUSTRIAL_SITE\",\"requestDate\":\"\"}|requestDate",
    })
    void invalidFieldsAre400NamingTheField(String what, String body, String field) {
        given().contentType("application/json").body(body).post(PERMIT).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-input"))
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }

    @Test
    void contradictoryDatesAre422() {
        given().contentType("application/json").body("""
                {"channel": "SPECIAL_COMPLEX", "permitType": "INDUSTRIAL_SITE", "committeeResolutionDate": "2024-03-10",
                 "requestDate": "2024-03-04", "asOf": "2024-04-01"}""").post(PERMIT).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/contradictory-input"))
                .body("errors[0].field", equalTo("requestDate"))
                .body("errors[0].message", containsString("2024-03-10"));
        given().contentType("application/json").body("""
                {"track": "FIRM_REQUEST", "startDate": "2024-09-02", "replyDate": "2024-08-30", "asOf": "2024-10-01"}""")
                .post("/api/v1/evaluations/regulation-review").then()
                .statusCode(422).body("errors[0].field", equalTo("replyDate"));
    }

    @Test
    void aPeriodRunningPastTheCalendarIs422() {
        given().contentType("application/json").body("""
                {"channel": "SPECIAL_COMPLEX", "permitType": "INDUSTRIAL_SITE", "requestDate": "2030-12-01",
                 "asOf": "2030-12-20"}""").post(PERMIT).then()
                .statusCode(422).body("type", equalTo("/problems/outside-calendar"))
                .body("detail", containsString("2030-12-31"));
    }

    @Test
    void malformedJsonIs400() {
        given().contentType("application/json").body("{\"channel\": ").post(PERMIT).then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-json"));
        given().contentType("application/json").body("[1, 2]").post(PERMIT).then().statusCode(400);
        given().contentType("application/json").body("{} {}").post(PERMIT).then().statusCode(400);
        given().contentType("application/json").body("{\"channel\":\"OTHER\",\"channel\":\"OTHER\",\"permitType\":\"OTHER\"}")
                .post(PERMIT).then().statusCode(400);
    }

    @Test
    void unknownDomainIs404() {
        given().contentType("application/json").body("{}").post("/api/v1/evaluations/tax-credit").then()
                .statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/unknown-domain"))
                .body("detail", containsString("permit-timeout"));
    }

    @Test
    void nonJsonBodyIs415() {
        given().contentType("text/plain").body("channel=SPECIAL_COMPLEX").post(PERMIT).then()
                .statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("/problems/unsupported-media-type"));
    }

    @Test
    void bodyOverTheLimitIs413() {
        String big = "{\"x\": \"" + "a".repeat(1_100_000) + "\"}";
        given().contentType("application/json").body(big).post(PERMIT).then()
                .statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"));
    }

    @Test
    void aChunkedBodyOverTheLimitIs413Too() {
        byte[] big = ("{\"x\": \"" + "a".repeat(1_100_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().contentType("application/json").body(new java.io.ByteArrayInputStream(big)).post(PERMIT).then()
                .statusCode(413).contentType("application/problem+json");
    }

    @Test
    void unknownPathAndWrongMethodAreProblems() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().get(PERMIT).then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void noResponseLeaksInternals() {
        for (String body : List.of("{\"channel\": ", "{\"channel\":\"X\"}", "{\"supplementDays\":\"x\"}", "[]", "null")) {
            String text = given().contentType("application/json").body(body).post(PERMIT).asString();
            assertFalse(text.contains("Exception"), text);
            assertFalse(text.contains("kr.policy"), text);
            assertFalse(text.contains("com.fasterxml"), text);
            assertFalse(text.contains("\tat "), text);
        }
    }

    @Test
    void batchKeepsOrderAndAnInvalidCaseDoesNotFailTheOthers() {
        Response r = given().contentType("application/json").body("""
                {"cases": [
                  {"track": "DISCOVERED", "startDate": "2024-09-02", "asOf": "2024-10-01"},
                  {"track": "FIRM_REQUEST", "startDate": "2024-02-30"},
                  {"track": "FIRM_REQUEST", "startDate": "2024-09-02", "replyDate": "2024-09-01", "asOf": "2024-10-01"},
                  {"track": "FIRM_REQUEST", "startDate": "2024-09-02", "asOf": "2024-09-20"}
                ]}""").post("/api/v1/evaluations/regulation-review/batch");
        r.then().statusCode(200)
                .body("results", hasSize(4))
                .body("results[0].outcome", equalTo("PENDING"))
                .body("results[1].status", equalTo(400))
                .body("results[1].errors[0].field", equalTo("startDate"))
                .body("results[2].status", equalTo(422))
                .body("results[3].outcome", equalTo("OVERDUE"))
                .body("results[3].result.daysOverdue", equalTo(1));
    }

    @Test
    void batchOfTenThousandCases() {
        StringBuilder body = new StringBuilder("{\"cases\": [");
        for (int i = 0; i < 10_000; i++) {
            body.append(i == 0 ? "" : ",").append("{\"track\": \"FIRM_REQUEST\", \"startDate\": \"2024-09-02\", ")
                    .append("\"supplementDays\": ").append(i % 50).append(", \"asOf\": \"2024-10-01\"}");
        }
        body.append("]}");
        Response r = given().contentType("application/json").body(body.toString())
                .post("/api/v1/evaluations/regulation-review/batch");
        r.then().statusCode(200).body("results", hasSize(10_000))
                .body("results[0].result.dueDate", equalTo("2024-09-19"))
                .body("results[49].result.dueDate", equalTo("2024-10-17"))
                .body("results.status", everyItem(nullValue()));
    }

    @Test
    void batchBodyMustHoldACasesArray() {
        given().contentType("application/json").body("{\"case\": []}").post(PERMIT + "/batch").then()
                .statusCode(400).body("errors[0].field", equalTo("cases"));
        given().contentType("application/json").body("{\"cases\": {}}").post(PERMIT + "/batch").then()
                .statusCode(400).body("errors[0].field", equalTo("cases"));
        given().contentType("application/json").body("{\"cases\": [], \"extra\": 1}").post(PERMIT + "/batch").then()
                .statusCode(400).body("errors[0].field", equalTo("extra"));
        given().contentType("application/json").body("{\"cases\": []}").post(PERMIT + "/batch").then()
                .statusCode(200).body("results", hasSize(0));
    }

    @Test
    void aBadBatchBodyIsRefusedWholeBeforeAnyAnswerIsSent() {
        String one = "{\"track\": \"FIRM_REQUEST\", \"startDate\": \"2024-09-02\", \"asOf\": \"2024-10-01\"}";
        // broken JSON far after the first case, a repeated key, trailing content: 400 problems, not a cut-off 200
        given().contentType("application/json").body("{\"cases\": [" + one + ", " + one + ", {\"track\": ]}")
                .post("/api/v1/evaluations/regulation-review/batch").then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json").body("{\"cases\": [" + one + "], \"cases\": []}")
                .post("/api/v1/evaluations/regulation-review/batch").then().statusCode(400);
        given().contentType("application/json").body("{\"cases\": [" + one + "]} {}")
                .post("/api/v1/evaluations/regulation-review/batch").then().statusCode(400);
    }

    @Test
    void batchIsAllowedALargerBodyThanOneCase() {
        // 1.5 MB: over the single-case limit, under the batch limit
        StringBuilder body = new StringBuilder("{\"cases\": [");
        String one = "{\"track\": \"DISCOVERED\", \"startDate\": \"2024-09-02\", \"asOf\": \"2024-10-01\"}";
        for (int i = 0; i < 20_000; i++) {
            body.append(i == 0 ? "" : ",").append(one);
        }
        body.append("]}");
        given().contentType("application/json").body(body.toString()).post("/api/v1/evaluations/regulation-review/batch")
                .then().statusCode(200).body("results[19999].outcome", equalTo("PENDING"));
    }

    @Test
    void everyExplanationEntryHasRuleBasisAndMessage() {
        List<Map<String, String>> entries = given().contentType("application/json").body("""
                {"track": "FIRM_REQUEST", "startDate": "2024-09-02", "supplementDays": 40, "extensionDays": 30,
                 "asOf": "2024-11-20"}""").post("/api/v1/evaluations/regulation-review")
                .then().statusCode(200).body("outcome", equalTo("OVERDUE"))
                .body("result.recommendedAction", equalTo("ESCALATE_TO_COMMITTEE"))
                .extract().path("explanation");
        entries.forEach(e -> {
            assertFalse(e.get("rule").isBlank());
            assertFalse(e.get("legalBasis").isBlank());
            assertFalse(e.get("message").isBlank());
            assertFalse(e.get("message").contains("{"), e.get("message"));
        });
    }

    @Test
    void ruleSetListingIsOpenAndNamesEveryRulesBasis() {
        given().get("/api/v1/rulesets").then().statusCode(200)
                .body("version", startsWith("sha256:"))
                .body("loadedAt", notNullValue())
                .body("domains.domain", hasItem("permit-timeout"))
                .body("domains.find { it.domain == 'permit-timeout' }.rules.legalBasis", everyItem(not(equalTo(""))))
                .body("domains.find { it.domain == 'permit-timeout' }.rules.find { it.name == 'time-out period' }.validFrom",
                        equalTo("2023-07-01"))
                .body("domains.find { it.domain == 'permit-timeout' }.rules.find { it.name == 'time-out period' }.file",
                        equalTo("permit-timeout/permit-timeout.drl"));
    }

    @Test
    void reloadNeedsTheAdminKey() {
        given().post("/api/v1/rulesets/reload").then().statusCode(401).contentType("application/problem+json");
        given().header("X-API-Key", "wrong").post("/api/v1/rulesets/reload").then().statusCode(401);
        String version = given().get("/api/v1/rulesets").then().extract().path("version");
        given().header("X-API-Key", "test-admin-key").post("/api/v1/rulesets/reload").then()
                .statusCode(200).body("version", equalTo(version));
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'rule-set' }.data.version", startsWith("sha256:"));
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/evaluations/permit-timeout"))
                .body(containsString("/api/v1/calendar/deadline"));
    }
}
