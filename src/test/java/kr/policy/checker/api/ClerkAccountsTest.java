package kr.policy.checker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import kr.policy.checker.security.ClerkUsers;
import org.junit.jupiter.api.Test;

/** Clerk accounts: created by admins, passwords checked against bcrypt hashes, never shown. */
@QuarkusTest
class ClerkAccountsTest {
    @Inject
    ClerkUsers clerks;

    @Test
    void anAdminCreatesAClerkWhosePasswordVerifies() {
        String name = "clerk" + UUID.randomUUID().toString().substring(0, 8);
        given().header("X-API-Key", "test-admin-key").contentType("application/json")
                .body("{\"username\": \"" + name + "\", \"password\": \"correct horse battery\", \"organization\": \"평택시\"}")
                .post("/api/v1/admin/clerks").then().statusCode(201)
                .body("username", equalTo(name)).body("organization", equalTo("평택시")).body("role", equalTo("CLERK"))
                .body("$", not(hasKey("password"))).body("$", not(hasKey("passwordHash")));
        assertEquals("평택시", clerks.verify(name, "correct horse battery").orElseThrow().organization);
        assertTrue(clerks.verify(name, "wrong password!!").isEmpty());
        assertTrue(clerks.verify("nobody-" + name, "correct horse battery").isEmpty());
        given().header("X-API-Key", "test-admin-key").contentType("application/json")
                .body("{\"username\": \"" + name + "\", \"password\": \"another password\", \"organization\": \"x\"}")
                .post("/api/v1/admin/clerks").then().statusCode(409);
        given().header("X-API-Key", "test-admin-key").get("/api/v1/admin/clerks").then().statusCode(200)
                .body("", everyItem(not(hasKey("passwordHash"))));
    }

    @Test
    void weakOrMalformedAccountsAreRefused() {
        given().header("X-API-Key", "test-admin-key").contentType("application/json")
                .body("{\"username\": \"a b\", \"password\": \"short\", \"organization\": \"x\"}")
                .post("/api/v1/admin/clerks").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("username", "password"));
    }

    @Test
    void aRuleAuthorIsAnAccountOfRoleAdminAndActsWithAnAdminKey() {
        String name = "author" + UUID.randomUUID().toString().substring(0, 8);
        given().header("X-API-Key", "test-admin-key").contentType("application/json")
                .body("{\"username\": \"" + name + "\", \"password\": \"correct horse battery\", "
                        + "\"organization\": \"산업부\", \"role\": \"ADMIN\"}")
                .post("/api/v1/admin/clerks").then().statusCode(201).body("role", equalTo("ADMIN"));
        assertEquals(kr.policy.checker.security.Role.ADMIN, clerks.principal(name).role());
        given().header("X-API-Key", "test-admin-key").contentType("application/json")
                .body("{\"username\": \"p" + name + "\", \"password\": \"correct horse battery\", "
                        + "\"organization\": \"x\", \"role\": \"PARTNER\"}")
                .post("/api/v1/admin/clerks").then().statusCode(400).body("errors[0].field", equalTo("role"));
    }
}
