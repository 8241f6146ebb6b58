package kr.policy.checker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One strict reading of every value (issue: bad input never stored nor reinterpreted), each defect found by fuzzing
 * the API as a regression test: a date-time is no date, years outside 0001–9999, null list elements, parameters the
 * document lists but the code ignored, the HTTP layer's own refusals, and the file endpoint's 406.
 */
@QuarkusTest
class StrictInputTest {
    private static final String PERMIT = """
            {"channel": "SPECIAL_COMPLEX", "permitType": "INDUSTRIAL_SITE", "committeeResolutionDate": "2024-02-20",
             "requestDate": "%s", "asOf": "2024-05-10"}""";
    private static final String NEW_CASE = """
            {"title": "공장 설립", "applicant": "(주)한빛", "permittingAuthority": "평택시장",
             "channel": "SPECIAL_COMPLEX", "permitType": "FACTORY_ESTABLISHMENT",
             "committeeResolutionDate": "2024-02-20", "requestDate": "%s"}""";

    @Inject
    EntityManager em;

    private static Response evaluate(String body) {
        return given().contentType("application/json").body(body).post("/api/v1/evaluations/permit-timeout");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-04T23:59:59Z", "2024-03-04T00:00:00", "2024-03-04T15:30:30.123Z",
            "+10000-01-01", "0000-12-31", "2024-02-30", "2024-3-4", " 2024-03-04", "20240304", "２０２４-03-04"})
    void aDateIsACalendarDayWrittenYyyyMmDdAndNothingElse(String notADate) {
        evaluate(PERMIT.formatted(notADate)).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("requestDate"))
                .body("errors[0].message", containsString("YYYY-MM-DD"));
    }

    @Test
    void aDateTimeIsRefusedInABatchSlotAndInACaseEventToo() {
        given().contentType("application/json").body("{\"cases\": [" + PERMIT.formatted("2024-03-04") + ", "
                        + PERMIT.formatted("2024-03-04T23:59:59Z") + "]}")
                .post("/api/v1/evaluations/permit-timeout/batch").then().statusCode(200)
                .body("results[0].outcome", equalTo("DEEMED_PROCESSED"))
                .body("results[1].status", equalTo(400)).body("results[1].errors.field", hasItem("requestDate"));
        String clerk = TestKeys.issue("CLERK", "strict-input");
        String id = given().header("X-API-Key", clerk).contentType("application/json")
                .body(NEW_CASE.formatted("2024-04-20")).post("/api/v1/permit-cases").then().statusCode(201)
                .extract().path("id");
        given().header("X-API-Key", clerk).contentType("application/json")
                .body("{\"type\": \"PLAN_SUBMITTED\", \"date\": \"2024-05-07T10:00:00+09:00\"}")
                .post("/api/v1/permit-cases/" + id + "/events").then().statusCode(400)
                .body("errors.field", hasItem("date"));
        given().header("X-API-Key", clerk).get("/api/v1/permit-cases/" + id).then().statusCode(200)
                .body("events.size()", equalTo(0));
    }

    @Test
    void aCaseWithADateTimeIsNeitherStoredNorReadAsASpoiledCase() {
        String clerk = TestKeys.issue("CLERK", "strict-input-2");
        long before = cases();
        given().header("X-API-Key", clerk).contentType("application/json")
                .body(NEW_CASE.formatted("2024-03-04T23:59:59Z")).post("/api/v1/permit-cases").then()
                .statusCode(400).body("errors.field", hasItem("requestDate"));
        given().header("X-API-Key", clerk).contentType("application/json")
                .body(NEW_CASE.formatted("2024-03-04T23:59:59Z")).post("/api/v1/regulation-reviews").then()
                .statusCode(400);
        assertEquals(before, cases(), "a refused case was stored");
    }

    @Test
    void yearsOutsideOneToNineThousandNineHundredNinetyNineAreRefusedEverywhere() {
        evaluate(PERMIT.formatted("2024-03-04").replace("2024-05-10", "+10000-01-01")).then().statusCode(400)
                .body("errors.field", hasItem("asOf"));
        String clerk = TestKeys.issue("CLERK", "strict-input-3");
        given().header("X-API-Key", clerk).get("/api/v1/permit-cases?deemedBefore=+10000-01-01").then()
                .statusCode(400).body("errors.field", hasItem("deemedBefore"));
        given().header("X-API-Key", clerk).get("/api/v1/permit-cases/" + java.util.UUID.randomUUID()
                + "?asOf=+10000-01-01").then().statusCode(400).body("errors.field", hasItem("asOf"));
        given().get("/api/v1/calendar/deadline?start=+10000-01-01&days=3").then().statusCode(400)
                .body("errors.field", hasItem("start"));
    }

    @Test
    void aWebhookWithANullEventIsA400NamingIt() {
        given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json")
                .body("{\"url\": \"http://127.0.0.1:9/hook\", \"events\": [null], \"secret\": \"0123456789abcdef\"}")
                .post("/api/v1/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("events[0]"));
        given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json")
                .body("{\"url\": \"http://127.0.0.1:9/hook\", \"events\": [\"permit-case.deemed-processed\", \"x\"], "
                        + "\"secret\": \"0123456789abcdef\"}")
                .post("/api/v1/webhooks").then().statusCode(400).body("errors.field", hasItem("events[1]"));
    }

    @Test
    void everyListedParameterIsReadAndCheckedAndNoOtherIsTaken() {
        String clerk = TestKeys.issue("CLERK", "strict-input-4");
        // each register filters by its own key date; the other register's filter is refused, not ignored
        given().header("X-API-Key", clerk).get("/api/v1/permit-cases?dueBefore=2024-06-01").then().statusCode(400)
                .body("errors.field", hasItem("dueBefore"));
        given().header("X-API-Key", clerk).get("/api/v1/regulation-reviews?deemedBefore=2024-06-01").then()
                .statusCode(400).body("errors.field", hasItem("deemedBefore"));
        given().header("X-API-Key", clerk).get("/api/v1/permit-cases?deemedBefore=2024-02-30").then().statusCode(400)
                .body("errors.field", hasItem("deemedBefore"));
        given().header("X-API-Key", clerk).get("/api/v1/regulation-reviews?dueBefore=yesterday").then()
                .statusCode(400).body("errors.field", hasItem("dueBefore"));
        given().header("X-API-Key", clerk).get("/api/v1/permit-cases?dueBefore=yesterday&size=0&page=-1").then()
                .statusCode(400).body("errors.field", hasItem("size")).body("errors.field", hasItem("page"));
        given().header("X-API-Key", clerk).get("/api/v1/permit-cases?size=201").then().statusCode(400);
        given().header("X-API-Key", clerk).get("/api/v1/permit-cases?size=").then().statusCode(400)
                .body("errors.field", hasItem("size"));
        given().header("X-API-Key", clerk).get("/api/v1/permit-cases?page=1&page=2").then().statusCode(400)
                .body("errors.field", hasItem("page"));
        given().header("X-API-Key", clerk).get("/api/v1/permit-cases?pageSize=20").then().statusCode(400)
                .body("errors.field", hasItem("pageSize"));
        String simulation = "/api/v1/rulesets/simulations/" + java.util.UUID.randomUUID() + "/items";
        given().header("X-API-Key", TestKeys.ADMIN).get(simulation + "?domain=no-such-domain").then()
                .statusCode(400).body("errors.field", hasItem("domain"));
        given().header("X-API-Key", TestKeys.ADMIN).get(simulation + "?changed=maybe").then().statusCode(400)
                .body("errors.field", hasItem("changed"));
    }

    @Test
    void theDocumentListsOnlyTheParametersAnOperationReadsWithTheirTypes() {
        Response doc = given().accept("application/json").get("/q/openapi?format=json");
        List<String> permitParams = doc.path("paths.'/api/v1/permit-cases'.get.parameters.name");
        assertEquals(true, permitParams.contains("deemedBefore"));
        assertEquals(false, permitParams.contains("dueBefore"), permitParams.toString());
        doc.then().body("paths.'/api/v1/permit-cases'.get.parameters.find { it.name == 'size' }.schema.maximum",
                        equalTo(200))
                .body("paths.'/api/v1/permit-cases'.get.parameters.find { it.name == 'deemedBefore' }.schema.format",
                        equalTo("date"))
                .body("paths.'/api/v1/calendar/holidays'.get.parameters.find { it.name == 'year' }.required",
                        equalTo(true));
    }

    @Test
    void whatTheHttpLayerRefusesIsAProblemToo() {
        given().get("/api/v1/calendar/holidays?year=2026&x=" + "a".repeat(9000)).then().statusCode(414)
                .contentType("application/problem+json").body("type", equalTo("/problems/uri-too-long"));
        given().header("X-Big", "a".repeat(30_000)).get("/api/v1/rulesets").then().statusCode(431)
                .contentType("application/problem+json").body("status", equalTo(431));
        given().contentType("text/plain").body("x").post("/api/v1/evaluations/permit-timeout").then()
                .statusCode(415).contentType("application/problem+json").body("detail", containsString("text/plain"));
        given().put("/api/v1/rulesets").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void aFileOfAVersionAskedForAsJsonSaysWhatItCannotAnswer() {
        String version = given().get("/api/v1/rulesets").then().extract().path("version");
        given().header("X-API-Key", TestKeys.ADMIN).accept("application/json")
                .get("/api/v1/rulesets/versions/" + version + "/files/sources.yaml").then().statusCode(406)
                .contentType("application/problem+json")
                .body("detail", startsWith("이 자원은 요청한 형식(Accept: application/json)으로 답할 수 없습니다"));
        given().header("X-API-Key", TestKeys.ADMIN).accept("text/plain")
                .get("/api/v1/rulesets/versions/" + version + "/files/sources.yaml").then().statusCode(200);
    }

    @Test
    void textIsNeitherANumberNorAControlCharacterAndABooleanIsNotANumber() {
        given().contentType("application/json").body("{\"program\": \"MSS\", \"newMarketSuccess\": 1}")
                .post("/api/v1/evaluations/export-voucher").then().statusCode(400)
                .body("errors.field", hasItem("newMarketSuccess"));
        given().contentType("application/json").body("{\"program\": \" MSS\"}")
                .post("/api/v1/evaluations/export-voucher").then().statusCode(400)
                .body("errors.field", hasItem("program"));
        given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json")
                .body("{\"name\": 5, \"role\": \"PARTNER\", \"organization\": \"o\"}")
                .post("/api/v1/admin/api-keys").then().statusCode(400).body("errors.field", hasItem("name"));
        given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json")
                .body("{\"name\": \"n\", \"role\": \"PARTNER\", \"organization\": \"a\\u0000b\"}")
                .post("/api/v1/admin/api-keys").then().statusCode(400).body("errors.field", hasItem("organization"));
        given().contentType("application/json").body("{\"taxYear\": 2024, \"investments\": [{\"assetClass\": "
                        + "\"GENERAL\", \"amountKrw\": 1000000000000000001}]}")
                .post("/api/v1/evaluations/investment-tax-credit").then().statusCode(400)
                .body("errors.field", hasItem("investments[0].amountKrw"));
    }

    private long cases() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from register_case").getSingleResult()).longValue());
    }
}
