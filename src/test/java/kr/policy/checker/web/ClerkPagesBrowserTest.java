package kr.policy.checker.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import java.util.List;
import org.openqa.selenium.WebElement;
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
        Browser.quitWithoutPolicyViolations(browser);
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
        // the events and the dates in words, drawn and listed: no code of the service on the page
        assertTrue(browser.findElement(By.id("timeline")).getText().contains("처리계획 회신"));
        String dates = browser.findElement(By.id("dates")).getText();
        assertTrue(dates.contains("2024-04-20") && dates.contains("장관 요청일"), dates);
        assertTrue(dates.contains("2024-05-07") && dates.contains("처리계획 회신일"), dates);
        assertTrue(dates.contains("처리완료 간주일") && dates.contains("예정"), dates);
        // the plan, due on 05-07 and submitted that day, was in time; 15 days from 04-20 ended on Sunday 05-05
        // (어린이날), and the substitute holiday moved the last day to 05-07
        String plan = browser.findElement(By.cssSelector("#dates tr.MET")).getText();
        assertTrue(plan.contains("처리계획 회신기한") && plan.contains("원래 2024-05-05") && plan.contains("어린이날"), plan);
        assertTrue(dates.contains("2024-05-10") && dates.contains("판단 기준일(오늘)"), dates);
        WebElement chart = browser.findElement(By.id("date-chart"));
        assertEquals(browser.findElements(By.cssSelector("#dates tr")).size() - 1,
                chart.findElements(By.tagName("text")).size() / 2, "one drawn row per listed date");
        String page = browser.findElement(By.tagName("main")).getText();
        for (String code : List.of("PLAN_SUBMITTED", "REQUEST_SENT", "DEEMING_SCHEDULED", "PENDING", "CIVIL",
                "planDueDate", "deemedProcessedDate")) {
            assertFalse(page.contains(code), code + " shows on the case page");
        }
        Browser.screenshot(browser, "clerk-case-event-added");
        browser.executeScript("arguments[0].scrollIntoView();", chart);
        Browser.screenshot(browser, "clerk-case-dates");

        // at phone width the case page does not scroll sideways
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        Number overflow = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow.intValue() <= 0, "horizontal scroll at 390 px: " + overflow);
        Browser.screenshot(browser, "clerk-case-390");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1100, 1400));

        // an event that contradicts the timeline is refused and shown
        new Select(browser.findElement(By.id("type"))).selectByValue("RESULT_NOTIFIED");
        Browser.pickDate(browser, "date", "2024-05-01");
        browser.findElement(By.id("add-event")).click();
        assertTrue(browser.findElement(By.className("error")).getText().contains("2024-05-01"));

        // the printable notice: the case, each date and how it was counted, the version; one or two A4 pages
        browser.findElement(By.id("notice")).click();
        assertEquals("인·허가 처리기한 안내", browser.findElement(By.id("notice-heading")).getText());
        String noticeDates = browser.findElement(By.id("notice-dates")).getText();
        assertTrue(noticeDates.contains("처리완료 간주일") && noticeDates.contains("2024-06-20"), noticeDates);
        assertTrue(browser.findElement(By.id("notice-reasons")).getText().contains("국가첨단전략산업법"));
        assertTrue(browser.findElement(By.id("notice-version")).getText().startsWith("sha256:"));
        Browser.screenshot(browser, "clerk-notice");
        org.openqa.selenium.print.PrintOptions a4 = new org.openqa.selenium.print.PrintOptions();
        a4.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        byte[] pdf = java.util.Base64.getDecoder().decode(browser.print(a4).getContent());
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "clerk-notice.pdf"), pdf);
        int pages = pdfPages(pdf);
        assertTrue(pages >= 1 && pages <= 2, "the notice prints on " + pages + " pages");

        // the month calendar: the case's dates on their days, linked; the holidays; today; the other months
        go("/clerk/calendar?month=2024-05");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("2024년 5월"));
        assertTrue(browser.findElement(By.id("day-2024-05-06")).getText().contains("대체공휴일"),
                browser.findElement(By.id("day-2024-05-06")).getText());
        assertTrue(browser.findElement(By.id("day-2024-05-10")).getText().contains("오늘"));
        WebElement due = browser.findElement(By.id("day-2024-05-22"));
        assertTrue(due.getText().contains("처리결과 통보기한: 반도체 특화단지 공장 설립"), due.getText());
        assertTrue(browser.findElement(By.id("day-2024-05-07")).getText().contains("기한 내 처리"));
        Browser.screenshot(browser, "clerk-calendar");
        browser.findElement(By.id("next-month")).click();
        assertTrue(browser.findElement(By.id("day-2024-06-20")).getText().contains("처리완료 간주일: 반도체 특화단지 공장 설립"));
        browser.findElement(By.cssSelector("#day-2024-06-20 a")).click();
        assertEquals("반도체 특화단지 공장 설립", browser.findElement(By.tagName("h1")).getText());
        go("/clerk/calendar?month=2024-13&lang=en");
        assertTrue(browser.findElement(By.id("month-error")).getText().contains("2024-05"));

        // the dashboard and the calendar at phone width, without sideways scrolling
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        for (String path : List.of("/clerk", "/clerk/calendar?month=2024-06")) {
            go(path);
            Number sideways = (Number) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(sideways.intValue() <= 0, path + " scrolls sideways at 390 px: " + sideways);
        }
        assertTrue(browser.findElement(By.id("day-2024-06-20")).isDisplayed());
        Browser.screenshot(browser, "clerk-calendar-390");
        go("/clerk");
        Browser.screenshot(browser, "clerk-dashboard-390");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1100, 1400));

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
        assertTrue(new String(csv, java.nio.charset.StandardCharsets.UTF_8).contains("register,id,externalReference,title"));
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

    /** The pages of a PDF as Chromium writes it: one page object each. */
    private static int pdfPages(byte[] pdf) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/Type\\s*/Page[^s]")
                .matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
