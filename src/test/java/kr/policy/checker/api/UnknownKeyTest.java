package kr.policy.checker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Contract §14: a sent X-API-Key must be valid on every endpoint, the open ones included. */
@QuarkusTest
class UnknownKeyTest {
    private static final String CASE = """
            {"channel": "SPECIAL_COMPLEX", "permitType": "INDUSTRIAL_SITE", "requestDate": "2024-03-04",
             "asOf": "2024-04-01"}""";

    @Test
    void anUnknownKeyIsRefusedOnOpenEndpointsThatAnswerWithoutOne() {
        given().get("/api/v1/rulesets").then().statusCode(200);
        given().header("X-API-Key", "no-such-key").header("Accept-Language", "en")
                .get("/api/v1/rulesets").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("unknown or revoked"));
        given().header("X-API-Key", "no-such-key").get("/api/v1/calendar/holidays?year=2026").then()
                .statusCode(401);
        given().header("X-API-Key", "no-such-key").header("Accept-Language", "ko").contentType("application/json")
                .body(CASE).post("/api/v1/evaluations/permit-timeout").then()
                .statusCode(401)
                .body("detail", containsString("폐기"));
        given().header("X-API-Key", "no-such-key").get("/self-check").then().statusCode(401);
    }

    @Test
    void aRevokedKeyIsRefusedTooAndAValidOneIsServed() {
        String key = TestKeys.issue("PARTNER", "org-unknown-key-test");
        given().header("X-API-Key", key).get("/api/v1/rulesets").then().statusCode(200);
        String id = given().header("X-API-Key", TestKeys.ADMIN).get("/api/v1/admin/api-keys").then()
                .statusCode(200).extract().path("find { it.organization == 'org-unknown-key-test' }.id");
        given().header("X-API-Key", TestKeys.ADMIN).delete("/api/v1/admin/api-keys/" + id).then()
                .statusCode(equalTo(204));
        given().header("X-API-Key", key).get("/api/v1/rulesets").then().statusCode(401);
    }

    /**
     * A key is remembered for checker.keys.recheck-after (2 s): revoked by another instance (here: in the database
     * directly), it stops working within that time.
     */
    @Test
    void aKeyRevokedElsewhereStopsWorkingWithinTheRecheckTime() throws InterruptedException {
        String key = TestKeys.issue("PARTNER", "org-revoked-elsewhere");
        given().header("X-API-Key", key).get("/api/v1/rulesets").then().statusCode(200);
        String id = given().header("X-API-Key", TestKeys.ADMIN).get("/api/v1/admin/api-keys").then()
                .extract().path("find { it.organization == 'org-revoked-elsewhere' }.id");
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                kr.policy.checker.security.ApiKey.update("revokedAt = ?1 where id = ?2",
                        java.time.OffsetDateTime.now(), java.util.UUID.fromString(id)));
        Thread.sleep(2_500);
        given().header("X-API-Key", key).get("/api/v1/evaluations/" + "00000000-0000-0000-0000-000000000000").then()
                .statusCode(401);
    }
}
