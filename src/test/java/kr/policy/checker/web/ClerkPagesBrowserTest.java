package kr.policy.checker.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** A clerk signs in, creates a case, adds an event and sees the outcome change; then signs out. */
@QuarkusTest
class ClerkPagesBrowserTest {
    @TestHTTPResource("/")
    URL base;

    private ChromeDriver browser;
    private String username;

    @BeforeEach
    void clerkAndBrowser() {
        username = "clerk" + UUID.randomUUID().toString().substring(0, 8);
        given().header("X-API-Key", "test-admin-key").contentType("application/json")
                .body("{\"username\": \"" + username + "\", \"password\": \"correct horse battery\", "
                        + "\"organization\": \"평택시\"}")
                .post("/api/v1/admin/clerks").then().statusCode(201);
        browser = Browser.start("ko");
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    private void go(String path) {
        Browser.go(browser, base, path);
    }

    /** Waits for the next page: the element shows the text (an element of the same id may be on the page before). */
    private void awaitText(String id, String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> {
                    try {
                        return d.findElement(By.id(id)).getText().equals(text);
                    } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                        return false;
                    }
                });
    }

    private void type(String field, String value) {
        Browser.type(browser, field, value);
    }

    @Test
    void aClerkCreatesACaseAddsAnEventAndSeesTheOutcomeChange() throws Exception {
        go("/clerk");
        assertTrue(browser.getCurrentUrl().contains("/clerk/login"), browser.getCurrentUrl());
        type("j_username", username);
        type("j_password", "wrong password");
        browser.findElement(By.id("login")).click();
        assertTrue(browser.findElement(By.id("login-error")).isDisplayed());
        type("j_username", username);
        type("j_password", "correct horse battery");
        browser.findElement(By.id("login")).click();
        browser.findElement(By.id("new-permit-case"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("평택시"));
        Browser.screenshot(browser, "clerk-dashboard-empty");

        browser.findElement(By.id("new-permit-case")).click();
        type("title", "반도체 특화단지 공장 설립");
        type("applicant", "(주)한빛반도체");
        type("permittingAuthority", "평택시장");
        new Select(browser.findElement(By.id("channel"))).selectByValue("SPECIAL_COMPLEX");
        new Select(browser.findElement(By.id("permitType"))).selectByValue("FACTORY_ESTABLISHMENT");
        Browser.pickDate(browser, "requestDate", "2024-04-20");
        browser.findElement(By.id("create")).click();
        awaitText("outcome", "간주 예정");
        Browser.screenshot(browser, "clerk-case-created");

        new Select(browser.findElement(By.id("type"))).selectByValue("PLAN_SUBMITTED");
        Browser.pickDate(browser, "date", "2024-05-07");
        type("note", "기한 당일 회신");
        browser.findElement(By.id("add-event")).click();
        awaitText("outcome", "진행 중");
        assertTrue(browser.findElement(By.id("timeline")).getText().contains("PLAN_SUBMITTED"));
        Browser.screenshot(browser, "clerk-case-event-added");

        // an event that contradicts the timeline is refused and shown
        new Select(browser.findElement(By.id("type"))).selectByValue("RESULT_NOTIFIED");
        Browser.pickDate(browser, "date", "2024-05-01");
        browser.findElement(By.id("add-event")).click();
        assertTrue(browser.findElement(By.className("error")).getText().contains("2024-05-01"));

        go("/clerk");
        assertTrue(browser.findElement(By.id("group-pending")).getText().contains("반도체 특화단지 공장 설립")
                || browser.findElement(By.id("group-soon")).getText().contains("반도체 특화단지 공장 설립"));
        Browser.screenshot(browser, "clerk-dashboard");
        browser.findElement(By.id("logout")).click();
        go("/clerk");
        assertTrue(browser.getCurrentUrl().contains("/clerk/login"), browser.getCurrentUrl());
    }

    @Test
    void theCsvExportOpensInExcelWithKorean() {
        // sign in over HTTP and fetch the export with the session cookie
        var login = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", "correct horse battery")
                .post("/j_security_check");
        String cookie = login.getCookie("checker-clerk");
        byte[] csv = given().cookie("checker-clerk", cookie).get("/clerk/export.csv").then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/csv"))
                .extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
        assertTrue(new String(csv, java.nio.charset.StandardCharsets.UTF_8).contains("register,id,title"));
    }

    @Test
    void aCrossSitePostIsRefused() {
        var login = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", "correct horse battery")
                .post("/j_security_check");
        given().cookie("checker-clerk", login.getCookie("checker-clerk")).header("Origin", "https://evil.example")
                .contentType("application/x-www-form-urlencoded").formParam("kind", "PERMIT_CASES")
                .post("/clerk/cases").then().statusCode(403);
    }
}
