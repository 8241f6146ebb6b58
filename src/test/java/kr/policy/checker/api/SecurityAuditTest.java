package kr.policy.checker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contract §14: admin actions are audited with who, when and what, and only admins read the audit. */
@QuarkusTest
class SecurityAuditTest {
    @Test
    void keyClerkAndWebhookChangesAreRecordedWithTheirActor() {
        String org = "org-audit-" + System.nanoTime();
        String partner = TestKeys.issue("PARTNER", org);
        String keyId = given().header("X-API-Key", TestKeys.ADMIN).get("/api/v1/admin/api-keys").then()
                .extract().path("find { it.organization == '" + org + "' }.id");
        given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json").body("{\"requestsPerMinute\": 99}")
                .patch("/api/v1/admin/api-keys/" + keyId).then().statusCode(200);
        String hook = given().header("X-API-Key", partner).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9/hook", "events", java.util.List.of("permit-case.deeming-scheduled"),
                        "secret", "0123456789abcdef-secret"))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        given().header("X-API-Key", partner).delete("/api/v1/webhooks/" + hook).then().statusCode(204);
        given().header("X-API-Key", TestKeys.ADMIN).delete("/api/v1/admin/api-keys/" + keyId).then().statusCode(204);
        String clerk = given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json")
                .body(Map.of("username", "audited-" + System.nanoTime(), "password", "correct horse battery",
                        "organization", org))
                .post("/api/v1/admin/clerks").then().statusCode(201).extract().path("id");

        var audit = given().header("X-API-Key", TestKeys.ADMIN).get("/api/v1/admin/audit?size=200").then()
                .statusCode(200).header("Cache-Control", "no-store").body("total", notNullValue());
        audit.body("items.find { it.action == 'API_KEY_CREATED' && it.target == '" + keyId + "' }.detail",
                containsString(org));
        audit.body("items.find { it.action == 'API_KEY_QUOTA_CHANGED' && it.target == '" + keyId + "' }.detail",
                containsString("99"));
        audit.body("items.find { it.action == 'API_KEY_REVOKED' && it.target == '" + keyId + "' }.at",
                notNullValue());
        audit.body("items.find { it.action == 'WEBHOOK_CREATED' && it.target == '" + hook + "' }.actorKeyId",
                equalTo(keyId));
        audit.body("items.find { it.action == 'WEBHOOK_REMOVED' && it.target == '" + hook + "' }.actorKeyId",
                equalTo(keyId));
        audit.body("items.find { it.action == 'CLERK_CREATED' && it.target == '" + clerk + "' }.actor",
                notNullValue());
        // newest first
        audit.body("items[0].action", equalTo("CLERK_CREATED"));
    }

    @Test
    void aCandidateRefusedForItsCodeIsRecorded() {
        String drl = """
                package rules.permit_timeout;
                rule "escape"
                    @legalBasis("none") @source("none")
                when
                then
                    java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/x"), "x");
                end
                """;
        given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json")
                .body(Map.of("changes", Map.of("permit-timeout/escape.drl", drl)))
                .post("/api/v1/rulesets/simulations").then().statusCode(422);
        given().header("X-API-Key", TestKeys.ADMIN).get("/api/v1/admin/audit?action=SIMULATION_REFUSED").then()
                .statusCode(200).body("items.detail", hasItem(containsString("escape.drl")));
    }

    @Test
    void onlyAdminsReadTheAuditAndBadFiltersAreNamed() {
        String clerkKey = TestKeys.issue("CLERK", "org-audit-reader");
        given().header("X-API-Key", clerkKey).get("/api/v1/admin/audit").then().statusCode(403);
        given().get("/api/v1/admin/audit").then().statusCode(401);
        given().header("X-API-Key", TestKeys.ADMIN).header("Accept-Language", "en")
                .get("/api/v1/admin/audit?action=NOPE").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("action"));
    }
}
