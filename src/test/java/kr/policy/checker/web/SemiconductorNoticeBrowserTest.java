package kr.policy.checker.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.UUID;
import kr.policy.checker.api.TestKeys;
import kr.policy.checker.api.TodayDecember2026;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A clerk's notice for a 반도체클러스터 case names the statute, its article and its committee, and the minister in
 * office on the day of the request (contract §13.1, §13.3), in words.
 */
@QuarkusTest
@TestProfile(TodayDecember2026.class)
class SemiconductorNoticeBrowserTest {
    @TestHTTPResource("/")
    URL base;

    private ChromeDriver browser;
    private String username;
    private final String organization = "용인시-" + UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void clerkAndBrowser() {
        username = "clerk" + UUID.randomUUID().toString().substring(0, 8);
        given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json")
                .body("{\"username\": \"" + username + "\", \"password\": \"correct horse battery\", "
                        + "\"organization\": \"" + organization + "\"}")
                .post("/api/v1/admin/clerks").then().statusCode(201);
        browser = Browser.start("ko");
    }

    @AfterEach
    void close() {
        Browser.quitWithoutPolicyViolations(browser);
    }

    @Test
    void theNoticeOfASemiconductorCaseNamesArticle27AndItsCommittee() throws Exception {
        String id = given().header("X-API-Key", TestKeys.issue("CLERK", organization)).contentType("application/json")
                .body("""
                        {"title": "반도체클러스터 부지 조성", "applicant": "(주)용인반도체클러스터", "permittingAuthority": "용인시장",
                         "channel": "SEMICONDUCTOR_CLUSTER_SITE", "permitType": "INDUSTRIAL_SITE",
                         "requestDate": "2026-09-01"}""")
                .post("/api/v1/permit-cases").then().statusCode(201).extract().path("id");
        Browser.go(browser, base, "/clerk");
        Browser.type(browser, "j_username", username);
        Browser.type(browser, "j_password", "correct horse battery");
        browser.findElement(By.id("login")).click();
        browser.findElement(By.id("new-permit-case"));

        Browser.go(browser, base, "/clerk/cases/PERMIT_CASES/" + id);
        String casePage = browser.findElement(By.tagName("main")).getText();
        assertTrue(casePage.contains("반도체클러스터 사업시행자"), casePage);
        browser.findElement(By.id("notice")).click();
        String reasons = browser.findElement(By.id("notice-reasons")).getText();
        assertTrue(reasons.contains("반도체특별법 제27조"), reasons);
        assertTrue(reasons.contains("반도체산업경쟁력강화특별위원회"), reasons);
        assertTrue(reasons.contains("산업통상부장관"), reasons);
        assertTrue(!reasons.contains("국가첨단전략산업법 제19조"), "a 반도체특별법 case cites no 제19조: " + reasons);
        String dates = browser.findElement(By.id("notice-dates")).getText();
        assertTrue(dates.contains("2026-11-03"), "deemed processed on 2026-11-03: " + dates);
        // the law the notice rests on, by title, number and effective date (contract §13.4)
        String law = browser.findElement(By.id("notice-sources-heading")).getText()
                + browser.findElement(By.id("notice-sources")).getText();
        assertTrue(law.startsWith("법령 기준"), law);
        assertTrue(law.contains("반도체산업 경쟁력 강화 및 지원에 관한 특별법 (법률 제21738호, 시행 2026-08-11)"), law);
        assertTrue(law.contains("정부조직법"), "the minister's name rests on 정부조직법: " + law);
        Browser.screenshot(browser, "clerk-notice-semiconductor");
    }
}
