package kr.policy.checker.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import kr.policy.checker.api.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A rule author signs in, opens the permit time-out rules, lengthens the 60-day period in the simulation form, and
 * reads which case it moves (a bar per transition, the case linked, a CSV); a broken edit is refused by file and
 * line; the candidate is compared with the version in service. A clerk without the role is turned away.
 */
@QuarkusTest
class RuleAuthorPagesBrowserTest {
    private static final String PASSWORD = "correct horse battery";
    private static final String DRL = "permit-timeout/permit-timeout.drl";

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver browser;
    private String author;
    private String clerk;
    private String caseTitle;

    @BeforeEach
    void accountsCaseAndBrowser() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        author = "author" + suffix;
        clerk = "clerk" + suffix;
        account(author, "ADMIN");
        account(clerk, "CLERK");
        // a case deemed processed on 2024-05-04 under 60 days; not yet under 90
        caseTitle = "산업단지 지정 " + suffix;
        given().header("X-API-Key", TestKeys.issue("CLERK", "화성시")).contentType("application/json").body("""
                {"title": "%s", "applicant": "(주)가온", "permittingAuthority": "화성시장",
                 "channel": "SPECIAL_COMPLEX", "permitType": "INDUSTRIAL_SITE", "requestDate": "2024-03-04"}"""
                .formatted(caseTitle)).post("/api/v1/permit-cases").then().statusCode(201);
        browser = Browser.start("ko");
    }

    private static void account(String username, String role) {
        given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json")
                .body("{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\", "
                        + "\"organization\": \"경기도\", \"role\": \"" + role + "\"}")
                .post("/api/v1/admin/clerks").then().statusCode(201);
    }

    @AfterEach
    void close() {
        Browser.quitWithoutPolicyViolations(browser);
    }

    private void signIn(String username) {
        Browser.go(browser, base, "/admin/rules");
        assertTrue(browser.getCurrentUrl().contains("/clerk/login"), browser.getCurrentUrl());
        Browser.type(browser, "j_username", username);
        Browser.type(browser, "j_password", PASSWORD);
        browser.findElement(By.id("login")).click();
        // the sign-in's answer (the session cookie) must arrive before the next navigation, which would cancel it
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/clerk/login")
                && !d.getCurrentUrl().contains("j_security_check"));
    }

    @Test
    void aClerkWithoutTheRoleIsTurnedAway() throws Exception {
        signIn(clerk);
        Browser.go(browser, base, "/admin/rules");
        assertTrue(browser.findElement(By.id("forbidden")).getText().contains("ADMIN"));
    }

    @Test
    void anAuthorSimulatesALongerPeriodAndSeesTheCaseItMoves() throws Exception {
        signIn(author);
        Browser.go(browser, base, "/admin/rules");
        assertEquals("규칙 관리", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("versions")).getText().contains("적용 중"));

        // open the file of the version in service and edit it in the form
        new Select(browser.findElement(By.id("open-file"))).selectByValue(DRL);
        browser.findElement(By.id("open")).click();
        WebElement text = browser.findElement(By.id("text"));
        assertTrue(text.getAttribute("value").contains("periods.expiry($c.requestDate(), 60,"));
        browser.executeScript("arguments[0].value = arguments[0].value.replace("
                + "'periods.expiry($c.requestDate(), 60,', 'periods.expiry($c.requestDate(), 90,');", text);
        Browser.screenshot(browser, "rules-simulation-form");
        browser.findElement(By.id("simulate-submit")).click();

        // the page refreshes itself until the run is done
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
            try {
                return d.findElement(By.id("status")).getText().equals("완료");
            } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
        WebElement chart = browser.findElement(By.id("transition-chart"));
        assertTrue(chart.findElements(By.tagName("rect")).size() >= 1, "a bar per transition");
        assertTrue(chart.getText().contains("처리완료 간주 → 간주 예정"), chart.getText());
        Browser.screenshot(browser, "rules-simulation-result");
        String csvHref = browser.findElement(By.id("csv")).getAttribute("href");

        // the changed case is linked to its page
        browser.findElement(By.linkText(caseTitle)).click();
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains(caseTitle));

        // the CSV of the changed items, with a BOM
        String cookie = browser.manage().getCookieNamed("checker-clerk").getValue();
        byte[] csv = given().cookie("checker-clerk", cookie).get(csvHref).then().statusCode(200).extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0]);
        String rows = new String(csv, StandardCharsets.UTF_8);
        assertTrue(rows.contains(caseTitle) && rows.contains("DEEMED_PROCESSED"), rows);

        // the candidate compared with the version in service: the file and the rule
        Browser.go(browser, base, "/admin/rules");
        String candidate = browser.findElements(By.cssSelector("#to option")).stream()
                .filter(o -> !o.isSelected()).findFirst().orElseThrow().getAttribute("value");
        String inService = new Select(browser.findElement(By.id("to"))).getFirstSelectedOption().getAttribute("value");
        new Select(browser.findElement(By.id("from"))).selectByValue(inService);
        new Select(browser.findElement(By.id("to"))).selectByValue(candidate);
        browser.findElement(By.id("diff-submit")).click();
        assertTrue(browser.findElement(By.id("rule-changes")).getText().contains("time-out period"));
        assertTrue(browser.findElement(By.cssSelector("#file-changes .add")).getText().contains("90"));
        Browser.screenshot(browser, "rules-diff");

        // a broken edit is refused by file and line, and runs nothing
        Browser.go(browser, base, "/admin/rules?file=" + DRL);
        browser.executeScript("arguments[0].value = 'package x;\\nrule \"broken\" when when then end\\n';",
                browser.findElement(By.id("text")));
        browser.findElement(By.id("simulate-submit")).click();
        String errors = browser.findElement(By.id("rule-errors")).getText();
        assertTrue(errors.contains(DRL + ":"), errors);
        Browser.screenshot(browser, "rules-simulation-refused");

        Browser.go(browser, base, "/admin/rules?lang=en");
        assertEquals("Rule authoring", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void anAuthorChangesACapInTheSpreadsheetAndSeesItBeforeItGoesLive() throws Exception {
        signIn(author);
        Browser.go(browser, base, "/admin/rules?file=reshoring-subsidy/caps.xlsx");
        // the table as a table: the capital-region cap from 2024-08-30 in its cell
        WebElement cap = browser.findElement(By.id("cell-C12"));
        assertEquals("20000000000", cap.getAttribute("value"));
        assertTrue(browser.findElement(By.id("cell-A12")).getAttribute("value").contains("capital region"));
        Browser.screenshot(browser, "rules-table-caps");

        // a cell that is not a number is refused by file and cell, and nothing runs
        Browser.type(browser, "cell-C12", "150억");
        browser.findElement(By.id("simulate-submit")).click();
        String errors = browser.findElement(By.id("rule-errors")).getText();
        assertTrue(errors.contains("caps.xlsx!C12"), errors);
        assertEquals("150억", browser.findElement(By.id("cell-C12")).getAttribute("value"), "the edit is kept");
        Browser.screenshot(browser, "rules-table-refused");

        // 150억 in digits: simulated over the examples, only amounts move
        Browser.type(browser, "cell-C12", "15000000000");
        browser.findElement(By.id("examples")).click();
        browser.findElement(By.id("simulate-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
            try {
                return d.findElement(By.id("status")).getText().equals("완료");
            } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("reshoring-subsidy/"),
                "a reshoring example is among the changed items");
        Browser.screenshot(browser, "rules-table-simulation");
        // base and candidate, as the result page names them
        java.util.List<WebElement> versions = browser.findElements(By.cssSelector("dd code[title^='sha256:']"));
        String baseVersion = versions.get(0).getAttribute("title");
        String candidate = versions.get(1).getAttribute("title");

        // the candidate against the version in service: the cell, before and after
        Browser.go(browser, base, "/admin/rules/diff?from=" + baseVersion + "&to=" + candidate);
        String cells = browser.findElement(By.cssSelector("#file-changes table.cells")).getText();
        assertTrue(cells.contains("C12") && cells.contains("20000000000") && cells.contains("15000000000"), cells);
        assertTrue(browser.findElement(By.id("rule-changes")).getText().contains("cap from 2024-08-30: capital region"));
        Browser.screenshot(browser, "rules-table-diff");
    }
}
