package kr.policy.checker.api;

import static io.restassured.RestAssured.given;
import static kr.policy.checker.api.TestKeys.issue;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract §17: the partner's own reference on both registers. */
@QuarkusTest
class ExternalReferenceTest {
    private static final String CASES = "/api/v1/permit-cases";
    private static final String REVIEWS = "/api/v1/regulation-reviews";
    private static final String CASE = """
            {"title": "반도체 특화단지 공장 설립", "applicant": "(주)한빛반도체", "permittingAuthority": "평택시장",
             "channel": "SPECIAL_COMPLEX", "permitType": "FACTORY_ESTABLISHMENT",
             "committeeResolutionDate": "2024-02-20", "requestDate": "2024-04-20"%s}""";
    private static final String REVIEW = """
            {"title": "공장 입지 규제 검토", "applicant": "(주)한빛반도체", "permittingAuthority": "산업통상자원부",
             "track": "FIRM_REQUEST", "startDate": "2024-04-22"%s}""";

    @Inject
    DataSource dataSource;

    private String clerk;

    @BeforeEach
    void key() {
        clerk = issue("CLERK", "참조시-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private Response post(String key, String path, String body) {
        return given().header("X-API-Key", key).contentType("application/json").body(body).post(path);
    }

    @Test
    void aReferenceIsKeptShownFoundAndUsedOnce() {
        Response first = post(clerk, CASES, CASE.formatted(", \"externalReference\": \"PT-2024-0001\""));
        first.then().statusCode(201).body("externalReference", equalTo("PT-2024-0001"));
        String id = first.path("id");
        given().header("X-API-Key", clerk).get(CASES + "/" + id).then().statusCode(200)
                .body("externalReference", equalTo("PT-2024-0001"));
        given().header("X-API-Key", clerk).queryParam("externalReference", "PT-2024-0001").get(CASES).then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(id))
                .body("items[0].externalReference", equalTo("PT-2024-0001"));
        given().header("X-API-Key", clerk).queryParam("externalReference", "PT-2024-0002").get(CASES).then()
                .statusCode(200).body("items", hasSize(0));

        post(clerk, CASES, CASE.formatted(", \"externalReference\": \"PT-2024-0001\"")).then().statusCode(409)
                .body("type", equalTo("/problems/conflict"))
                .header("Location", endsWith(CASES + "/" + id));
        // the other register, and another organization, have their own references
        post(clerk, REVIEWS, REVIEW.formatted(", \"externalReference\": \"PT-2024-0001\"")).then().statusCode(201)
                .body("externalReference", equalTo("PT-2024-0001"));
        String other = issue("CLERK", "다른시-" + UUID.randomUUID().toString().substring(0, 8));
        post(other, CASES, CASE.formatted(", \"externalReference\": \"PT-2024-0001\"")).then().statusCode(201);
        given().header("X-API-Key", clerk).get(CASES).then().body("total", equalTo(1));
        // the event webhooks deliver names it too
        try (var c = dataSource.getConnection(); var s = c.prepareStatement(
                "SELECT payload_json FROM outbox_event WHERE case_id = ?")) {
            s.setObject(1, UUID.fromString(id));
            var r = s.executeQuery();
            org.junit.jupiter.api.Assertions.assertTrue(r.next());
            org.junit.jupiter.api.Assertions.assertTrue(r.getString(1).contains("\"externalReference\":\"PT-2024-0001\""),
                    r.getString(1));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReferenceMustBeOneToOneHundredCharacters() {
        post(clerk, CASES, CASE.formatted(", \"externalReference\": \"\"")).then().statusCode(400)
                .body("errors[0].field", equalTo("externalReference"));
        post(clerk, CASES, CASE.formatted(", \"externalReference\": \"   \"")).then().statusCode(400)
                .body("errors[0].field", equalTo("externalReference"));
        // matched exactly later, so never trimmed now: spaces around it are refused, inside it kept
        post(clerk, CASES, CASE.formatted(", \"externalReference\": \" PT-2024-0009\"")).then().statusCode(400)
                .body("errors[0].field", equalTo("externalReference"));
        post(clerk, CASES, CASE.formatted(", \"externalReference\": \"PT 2024 0009\"")).then().statusCode(201)
                .body("externalReference", equalTo("PT 2024 0009"));
        post(clerk, CASES, CASE.formatted(", \"externalReference\": \"" + "x".repeat(101) + "\"")).then()
                .statusCode(400).body("errors[0].field", equalTo("externalReference"));
        post(clerk, CASES, CASE.formatted(", \"externalReference\": 17")).then().statusCode(400)
                .body("errors[0].field", equalTo("externalReference"));
        post(clerk, CASES, CASE.formatted(", \"externalReference\": \"" + "x".repeat(100) + "\"")).then()
                .statusCode(201);
        given().header("X-API-Key", clerk).queryParam("externalReference", "x".repeat(101)).get(CASES).then()
                .statusCode(400).body("errors[0].field", equalTo("externalReference"));
        given().header("X-API-Key", clerk).get(CASES).then().body("total", equalTo(2));
    }
}
