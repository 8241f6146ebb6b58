package kr.policy.checker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Contract §6: keys, roles, organizations; §5: stored evaluations of authenticated callers. */
@QuarkusTest
class AccessApiTest {
    private static final String ADMIN = "test-admin-key";
    private static final String CASE = """
            {"track": "FIRM_REQUEST", "startDate": "2024-09-02", "asOf": "2024-09-20"}""";

    private static String issue(String name, String role, String organization) {
        return given().header("X-API-Key", ADMIN).contentType("application/json")
                .body("{\"name\": \"" + name + "\", \"role\": \"" + role + "\", \"organization\": \"" + organization + "\"}")
                .post("/api/v1/admin/api-keys").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/admin/api-keys/"))
                .body("key", startsWith("chk_"))
                .extract().path("key");
    }

    @Test
    void adminsIssueKeysThatAreShownOnce() {
        String key = issue("partner A", "PARTNER", "org-a");
        given().header("X-API-Key", ADMIN).get("/api/v1/admin/api-keys").then().statusCode(200)
                .body("name", hasItem("partner A"))
                .body("key", org.hamcrest.Matchers.everyItem(nullValue()));
        given().header("X-API-Key", key).get("/api/v1/admin/api-keys").then().statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/v1/admin/api-keys").then().statusCode(401);
    }

    @Test
    void aKeyRequestIsValidated() {
        given().header("X-API-Key", ADMIN).contentType("application/json")
                .body("{\"name\": \"x\", \"role\": \"ROOT\", \"organization\": \"o\"}")
                .post("/api/v1/admin/api-keys").then().statusCode(400).body("errors[0].field", equalTo("role"));
        given().header("X-API-Key", ADMIN).contentType("application/json")
                .body("{\"name\": \" \", \"role\": \"CLERK\", \"organization\": \"o\"}")
                .post("/api/v1/admin/api-keys").then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void reloadIsForAdminsOnly() {
        String partner = issue("partner B", "PARTNER", "org-b");
        given().header("X-API-Key", partner).post("/api/v1/rulesets/reload").then().statusCode(403);
        given().post("/api/v1/rulesets/reload").then().statusCode(401);
        given().header("X-API-Key", ADMIN).post("/api/v1/rulesets/reload").then().statusCode(200);
    }

    @Test
    void anUnknownKeyIs401EvenWhereNoKeyIsNeeded() {
        given().header("X-API-Key", "chk_not-a-key").contentType("application/json").body(CASE)
                .post("/api/v1/evaluations/regulation-review").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void authenticatedEvaluationsAreStoredAndReadableByTheirOrganizationOnly() {
        String clerkA = issue("clerk A", "CLERK", "city-a");
        String clerkB = issue("clerk B", "CLERK", "city-b");
        // anonymous: answered, not stored
        given().contentType("application/json").body(CASE).post("/api/v1/evaluations/regulation-review").then()
                .statusCode(200).body("evaluationId", nullValue());
        Response stored = given().header("X-API-Key", clerkA).contentType("application/json").body(CASE)
                .post("/api/v1/evaluations/regulation-review");
        stored.then().statusCode(200).body("evaluationId", notNullValue());
        String id = stored.path("evaluationId");
        given().header("X-API-Key", clerkA).get("/api/v1/evaluations/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("domain", equalTo("regulation-review"))
                .body("outcome", equalTo("OVERDUE"))
                .body("ruleSetVersion", startsWith("sha256:"))
                .body("caller.organization", equalTo("city-a"))
                .body("input.startDate", equalTo("2024-09-02"))
                .body("output.result.dueDate", equalTo("2024-09-19"))
                .body("output.evaluationId", equalTo(id))
                .body("createdAt", notNullValue());
        given().header("X-API-Key", clerkB).get("/api/v1/evaluations/" + id).then().statusCode(404);
        given().header("X-API-Key", ADMIN).get("/api/v1/evaluations/" + id).then().statusCode(200);
        given().get("/api/v1/evaluations/" + id).then().statusCode(401);
    }

    @Test
    void aStoredEvaluationIsAnsweredAsStoredTheAnonymousAnswerWithItsId() throws Exception {
        String partner = issue("partner D", "PARTNER", "org-d");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String anonymous = given().header("Accept-Language", "en").contentType("application/json").body(CASE)
                .post("/api/v1/evaluations/regulation-review").then().statusCode(200)
                .contentType("application/json").extract().asString();
        String keyed = given().header("Accept-Language", "en").header("X-API-Key", partner)
                .contentType("application/json").body(CASE)
                .post("/api/v1/evaluations/regulation-review").then().statusCode(200)
                .contentType("application/json").extract().asString();
        com.fasterxml.jackson.databind.node.ObjectNode answer =
                (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(keyed);
        String id = answer.remove("evaluationId").asText();
        assertEquals(json.readTree(anonymous), answer, "a keyed answer is the anonymous one with its id");
        String stored = given().header("X-API-Key", partner).get("/api/v1/evaluations/" + id).then().statusCode(200)
                .extract().jsonPath().prettify();
        assertEquals(json.readTree(keyed), json.readTree(stored).get("output"), "the answer sent is the one stored");
    }

    @Test
    void batchEvaluationsOfAnAuthenticatedCallerAreStoredOneByOne() {
        String partner = issue("partner C", "PARTNER", "org-c");
        Response r = given().header("X-API-Key", partner).contentType("application/json")
                .body("{\"cases\": [" + CASE + ", {\"track\": \"NONE\"}, " + CASE + "]}")
                .post("/api/v1/evaluations/regulation-review/batch");
        r.then().statusCode(200)
                .body("results[0].evaluationId", notNullValue())
                .body("results[1].evaluationId", nullValue())
                .body("results[1].status", equalTo(400))
                .body("results[2].evaluationId", notNullValue());
        String first = r.path("results[0].evaluationId");
        assertNotEquals(first, r.path("results[2].evaluationId"));
        given().header("X-API-Key", partner).get("/api/v1/evaluations/" + first).then().statusCode(200);
    }

    @Test
    void aLargeAuthenticatedBatchIsStoredChunkByChunkWithEveryIdSentStored() {
        String partner = issue("partner E", "PARTNER", "org-e");
        StringBuilder body = new StringBuilder("{\"cases\": [");
        for (int i = 0; i < 1_201; i++) {
            body.append(i == 0 ? "" : ",").append(i == 700 ? "{\"track\": \"NONE\"}" : CASE);
        }
        Response r = given().header("X-API-Key", partner).contentType("application/json").body(body.append("]}").toString())
                .post("/api/v1/evaluations/regulation-review/batch");
        r.then().statusCode(200).body("results", hasSize(1_201))
                .body("results[700].status", equalTo(400))
                .body("results[700].evaluationId", nullValue());
        java.util.List<String> ids = r.path("results.evaluationId");
        assertEquals(1_200, ids.stream().filter(java.util.Objects::nonNull).distinct().count());
        // the first, one past the first chunk, and the last are all stored
        for (int i : new int[] {0, 501, 1_200}) {
            given().header("X-API-Key", partner).get("/api/v1/evaluations/" + ids.get(i)).then().statusCode(200)
                    .body("output.evaluationId", equalTo(ids.get(i)));
        }
    }

    @Test
    void aRevokedKeyStopsWorking() {
        Response created = given().header("X-API-Key", ADMIN).contentType("application/json")
                .body("{\"name\": \"temp\", \"role\": \"PARTNER\", \"organization\": \"org-d\"}")
                .post("/api/v1/admin/api-keys");
        String key = created.path("key");
        String keyId = created.path("id");
        given().header("X-API-Key", key).contentType("application/json").body(CASE)
                .post("/api/v1/evaluations/regulation-review").then().statusCode(200);
        given().header("X-API-Key", ADMIN).delete("/api/v1/admin/api-keys/" + keyId).then().statusCode(204);
        given().header("X-API-Key", key).contentType("application/json").body(CASE)
                .post("/api/v1/evaluations/regulation-review").then().statusCode(401);
        given().header("X-API-Key", ADMIN).get("/api/v1/admin/api-keys").then()
                .body("find { it.id == '" + keyId + "' }.revokedAt", not(nullValue()));
    }
}
