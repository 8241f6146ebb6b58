package kr.policy.checker.register;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.UUID;
import kr.policy.checker.api.TestKeys;
import org.junit.jupiter.api.Test;

/**
 * A case stored before the input rules became strict, with a date-time where a date belongs (as the service once took
 * "2024-03-04T23:59:59Z"), is found at start, reported on readiness, skipped by the daily job without failing its run,
 * and answered 409 naming the field when read or moved: never a 500, never judged on a guess.
 */
@QuarkusTest
class UnreadableStoredCaseTest {
    private static final String SPOILED = "2024-03-04T23:59:59Z";

    @Inject
    EntityManager em;
    @Inject
    StoredCaseScan scan;
    @Inject
    DailyReevaluation daily;
    @Inject
    UnreadableCases unreadable;

    /** A review read as of a day before its start date is a question about a day it did not exist: 422, not 409. */
    @Test
    void aReadBeforeTheCaseBeganIsTheQuestionsContradictionNotAnUnreadableCase() {
        String clerk = TestKeys.issue("CLERK", "before-start");
        String id = given().header("X-API-Key", clerk).contentType("application/json").body("""
                {"title": "규제 검토", "applicant": "(주)한빛", "permittingAuthority": "산업통상부",
                 "track": "DISCOVERED", "startDate": "2024-03-04"}""")
                .post("/api/v1/regulation-reviews").then().statusCode(201).extract().path("id");
        given().header("X-API-Key", clerk).header("Accept-Language", "en")
                .get("/api/v1/regulation-reviews/" + id + "?asOf=2024-01-02").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("asOf"))
                .body("errors[0].message", containsString("before startDate of this case (2024-03-04)"));
        given().header("X-API-Key", clerk).get("/api/v1/regulation-reviews/" + id + "?asOf=2024-03-04").then()
                .statusCode(200);
        assertTrue(unreadable.all().stream().noneMatch(f -> f.id().toString().equals(id)),
                "a readable case was reported unreadable: " + unreadable.all());
    }

    @Test
    void aStoredDateTimeIsReportedAndRefusedNeverAFiveHundred() {
        String clerk = TestKeys.issue("CLERK", "legacy-rows");
        String id = given().header("X-API-Key", clerk).contentType("application/json").body("""
                {"title": "옛 사건", "applicant": "(주)한빛", "permittingAuthority": "평택시장",
                 "channel": "SPECIAL_COMPLEX", "permitType": "INDUSTRIAL_SITE", "requestDate": "2024-03-04"}""")
                .post("/api/v1/permit-cases").then().statusCode(201).extract().path("id");
        UUID caseId = UUID.fromString(id);
        spoil(caseId, "2024-03-04", SPOILED);
        try {
            assertEquals(1, scan.scan(), "the scan finds the case");
            assertTrue(unreadable.all().stream().anyMatch(f -> f.id().equals(caseId)
                    && f.fields().contains("requestDate")), unreadable.all().toString());
            given().get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'rule-set' }.data.unreadableCases", equalTo(1))
                    .body("checks.find { it.name == 'rule-set' }.data.'unreadableCase." + id + "'",
                            containsString("requestDate"));

            for (String read : new String[] {"", "?asOf=2024-05-10"}) {
                given().header("X-API-Key", clerk).header("Accept-Language", "en")
                        .get("/api/v1/permit-cases/" + id + read).then().statusCode(409)
                        .contentType("application/problem+json")
                        .body("type", equalTo("/problems/stored-case-unreadable"))
                        .body("errors.field", hasItem("requestDate"));
            }
            given().header("X-API-Key", clerk).contentType("application/json")
                    .body("{\"type\": \"PLAN_SUBMITTED\", \"date\": \"2024-03-15\"}")
                    .post("/api/v1/permit-cases/" + id + "/events").then().statusCode(409)
                    .body("type", equalTo("/problems/stored-case-unreadable"));

            // the night goes on past it: not a failed run (which would retry every two minutes for ever)
            markJudgedYesterday(caseId);
            double failuresBefore = failures();
            daily.runOnce(LocalDate.parse("2024-05-11"));
            assertEquals(failuresBefore, failures(), "the daily job counted the unreadable case as a failure");
            String outcome = QuarkusTransaction.requiringNew().call(() ->
                    em.find(RegisteredCase.class, caseId).outcome);
            assertEquals("DEEMING_SCHEDULED", outcome, "the unreadable case was judged");
        } finally {
            spoil(caseId, SPOILED, "2024-03-04");
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update register_case set outcome = 'DEEMED_PROCESSED' where id = ?1").setParameter(1, caseId)
                    .executeUpdate());
            scan.scan();
        }
        given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'rule-set' }.data.unreadableCases", nullValue());
        given().header("X-API-Key", clerk).get("/api/v1/permit-cases/" + id).then().statusCode(200);
    }

    private void spoil(UUID id, String from, String to) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update register_case set "
                        + "initial_facts_json = replace(initial_facts_json, ?1, ?2), "
                        + "facts_json = replace(facts_json, ?1, ?2) where id = ?3")
                .setParameter(1, "\"" + from + "\"").setParameter(2, "\"" + to + "\"").setParameter(3, id)
                .executeUpdate());
    }

    private void markJudgedYesterday(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update register_case set evaluated_as_of = ?1, outcome = 'DEEMING_SCHEDULED' where id = ?2")
                .setParameter(1, LocalDate.parse("2024-05-10")).setParameter(2, id).executeUpdate());
    }

    private static double failures() {
        String metrics = given().get("/q/metrics").then().extract().asString();
        for (String line : metrics.split("\n")) {
            if (line.startsWith("checker_daily_job_failures_total")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }
}
