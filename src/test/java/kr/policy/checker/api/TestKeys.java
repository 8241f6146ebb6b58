package kr.policy.checker.api;

import static io.restassured.RestAssured.given;

/** Issues API keys through the admin endpoint with the test profile's bootstrap admin key. */
public final class TestKeys {
    public static final String ADMIN = "test-admin-key";

    private TestKeys() {
    }

    public static String issue(String role, String organization) {
        return given().header("X-API-Key", ADMIN).contentType("application/json")
                .body("{\"name\": \"" + role.toLowerCase() + " of " + organization + "\", \"role\": \"" + role
                        + "\", \"organization\": \"" + organization + "\"}")
                .post("/api/v1/admin/api-keys").then().statusCode(201).extract().path("key");
    }
}
