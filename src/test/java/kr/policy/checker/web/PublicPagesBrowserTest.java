package kr.policy.checker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** A firm completes each self-check, a clerk computes a deadline, in a real browser, in Korean and English. */
@QuarkusTest
class PublicPagesBrowserTest {
    @TestHTTPResource("/")
    URL base;

    private ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start("ko");
    }

    @AfterEach
    void close() {
        Browser.quitWithoutPolicyViolations(browser);
    }

    private void go(String path) {
        Browser.go(browser, base, path);
    }

    private void pickDate(String field, String value) {
        Browser.pickDate(browser, field, value);
    }

    private void type(String field, String value) {
        Browser.type(browser, field, value);
    }

    @Test
    void theHomePageIsKoreanFirstWithAnEnglishSwitch() throws Exception {
        go("/");
        assertEquals("ko", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("인·허가"));
        Browser.screenshot(browser, "home-ko");
        browser.findElement(By.id("lang-switch")).click();
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("permits"));
        Browser.screenshot(browser, "home-en");
    }

    @Test
    void aFirmChecksTheReshoringSubsidy() throws Exception {
        go("/self-check/reshoring-subsidy");
        new Select(browser.findElement(By.id("technology"))).selectByValue("NATIONAL_ADVANCED_STRATEGIC");
        type("siteRegion", "경기도");
        type("overseasYears", "3");
        type("koreanControlPercent", "60");
        type("overseasKsic", "C26110");
        type("domesticKsic", "C26120");
        type("requestedAmountKrw", "25000000000");
        pickDate("decisionDate", "2024-09-02");
        browser.findElement(By.id("submit")).click();
        assertEquals("지원 대상입니다", browser.findElement(By.id("outcome")).getText());
        String amounts = browser.findElement(By.id("amounts")).getText();
        assertTrue(amounts.contains("200억 원"), amounts);
        assertTrue(browser.findElement(By.id("reasons")).getText().contains("해외진출기업복귀법"));
        // "법령 기준": the statutes and the notice the answer rests on, with their numbers and effective dates
        assertEquals("법령 기준", browser.findElement(By.id("sources-heading")).getText());
        String law = browser.findElement(By.id("sources")).getText();
        assertTrue(law.contains("해외진출기업의 국내복귀 지원에 관한 법률 ("), law);
        assertTrue(law.contains("해외진출기업의 국내복귀 지원에 관한 고시 (") && law.contains("시행 2024-08-30"), law);
        Browser.screenshot(browser, "self-check-reshoring-eligible");
    }

    @Test
    void badInputIsShownByItsFieldAndThenTheVoucherIsComputed() throws Exception {
        go("/self-check/export-voucher?lang=en");
        new Select(browser.findElement(By.id("companySize"))).selectByValue("SME");
        type("priorYearExportsUsd", "100000");
        type("annualSalesKrw", "-5");
        browser.findElement(By.id("submit")).click();
        WebElement error = browser.findElement(By.id("annualSalesKrw-error"));
        assertEquals("must not be negative", error.getText());
        assertTrue(browser.findElement(By.id("annualSalesKrw")).getAttribute("aria-describedby")
                .contains("annualSalesKrw-error"));
        Browser.screenshot(browser, "self-check-voucher-error-en");
        type("annualSalesKrw", "5000000000");
        browser.findElement(By.id("submit")).click();
        assertEquals("Eligible", browser.findElement(By.id("outcome")).getText());
        assertTrue(browser.findElement(By.id("amounts")).getText().contains("6,428만 5,714원"));
        assertTrue(browser.findElement(By.id("hints")).getText().contains("1,000,000 USD"));
        Browser.screenshot(browser, "self-check-voucher-eligible-en");
    }

    @Test
    void anUndecidedCheckListsTheNextQuestions() throws Exception {
        go("/self-check/reshoring-subsidy");
        browser.findElement(By.id("submit")).click();
        assertEquals("정보가 더 필요합니다", browser.findElement(By.id("outcome")).getText());
        assertTrue(browser.findElement(By.id("questions")).getText().startsWith("기술 분야"));
        Browser.screenshot(browser, "self-check-reshoring-undetermined");
    }

    @Test
    void aClerkComputesADeadlineOverChuseok() throws Exception {
        go("/deadline");
        pickDate("start", "2024-09-02");
        type("days", "15");
        browser.findElement(By.id("submit")).click();
        assertEquals("2024-09-19", browser.findElement(By.id("expiry")).getText());
        assertEquals("2024-09-20", browser.findElement(By.id("day-after")).getText());
        assertTrue(browser.findElement(By.id("skipped")).getText().contains("추석"));
        Browser.screenshot(browser, "deadline-chuseok");
    }
}
