package kr.policy.checker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** A firm's one self-check against every incentive (/self-check), and the tax credit's own page, in a real browser. */
@QuarkusTest
class ScreeningBrowserTest {
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

    private void type(String field, String value) {
        Browser.type(browser, field, value);
    }

    @Test
    void theHomePageLeadsToTheOneSelfCheckFirst() {
        Browser.go(browser, base, "/");
        browser.findElement(By.id("screening-link")).click();
        assertTrue(browser.getCurrentUrl().contains("/self-check"), browser.getCurrentUrl());
        assertEquals("우리 회사가 받을 수 있는 지원 한 번에 확인", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void aFactTwoProgrammesNeedIsAskedOnceAndFirst() throws Exception {
        Browser.go(browser, base, "/self-check");
        List<WebElement> sizes = browser.findElements(By.name("companySize"));
        assertEquals(1, sizes.size());
        WebElement first = browser.findElement(By.cssSelector("#next-questions .asked"));
        assertTrue(first.getText().startsWith("기업 규모"), first.getText());
        String neededBy = first.findElement(By.className("needed")).getText();
        assertTrue(neededBy.contains("수출바우처") && neededBy.contains("투자세액공제"), neededBy);
        Browser.screenshot(browser, "screening-first-questions");
    }

    @Test
    void aFirmThatQualifiesForTheVoucherAndTheTaxCreditSeesBothWithTheirAmounts() throws Exception {
        Browser.go(browser, base, "/self-check");
        new Select(browser.findElement(By.id("companySize"))).selectByValue("SME");
        type("priorYearExportsUsd", "100000");
        type("annualSalesKrw", "5,000,000,000");
        type("taxYear", "2024");
        type("investments.GENERAL", "1000000000");
        type("priorThreeYearsInvestmentKrw", "1500000000");
        browser.findElement(By.id("submit")).click();

        WebElement voucher = browser.findElement(By.id("programme-export-voucher"));
        assertTrue(voucher.getText().contains("지원 대상입니다"), voucher.getText());
        assertEquals("정부지원 최대 4,500만 원", voucher.findElement(By.className("headline")).getText());
        WebElement credit = browser.findElement(By.id("programme-investment-tax-credit"));
        assertEquals("세액공제 1억 7,000만 원", credit.findElement(By.className("headline")).getText());
        assertTrue(credit.getText().contains("임시투자세액공제"), credit.getText());
        // the eligible programmes come first, and the answers stay filled in
        List<WebElement> cards = browser.findElements(By.cssSelector("#programmes article"));
        assertEquals("programme-reshoring-subsidy", cards.get(2).getAttribute("id"));
        assertEquals("1000000000", browser.findElement(By.id("investments.GENERAL")).getAttribute("value"));
        assertEquals("SME", new Select(browser.findElement(By.id("companySize"))).getFirstSelectedOption()
                .getAttribute("value"));
        // what only the reshoring subsidy still lacks is asked next, with its reason
        String next = browser.findElement(By.id("next-questions")).getText();
        assertTrue(next.contains("유턴 보조금"), next);
        Browser.screenshot(browser, "screening-voucher-and-tax-credit");
    }

    @Test
    void badInputIsShownByItsFieldAndTheOtherProgrammesStillAnswer() throws Exception {
        Browser.go(browser, base, "/self-check?lang=en");
        new Select(browser.findElement(By.id("companySize"))).selectByValue("SME");
        type("priorYearExportsUsd", "a lot");
        type("taxYear", "2025");
        type("investments.NEW_GROWTH", "300000000");
        type("priorThreeYearsInvestmentKrw", "0");
        browser.findElement(By.id("submit")).click();
        assertTrue(browser.findElement(By.id("error-summary")).isDisplayed());
        assertTrue(browser.findElement(By.id("priorYearExportsUsd-error")).getText().contains("number"),
                browser.findElement(By.id("priorYearExportsUsd-error")).getText());
        assertTrue(browser.findElement(By.id("programme-export-voucher")).getText().contains("Please check your input"));
        assertEquals("Tax credit KRW 42,000,000",
                browser.findElement(By.cssSelector("#programme-investment-tax-credit .headline")).getText());
        Browser.screenshot(browser, "screening-bad-input-en");
    }

    @Test
    void theEnglishSwitchKeepsThePage() {
        Browser.go(browser, base, "/self-check");
        browser.findElement(By.id("lang-switch")).click();
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Every incentive your firm can claim, in one check",
                browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("next-questions")).getText().contains("Company size"));
    }

    @Test
    void aFirmChecksTheTaxCreditOnItsOwnPage() throws Exception {
        Browser.go(browser, base, "/self-check/investment-tax-credit");
        type("taxYear", "2026");
        new Select(browser.findElement(By.id("companySize"))).selectByValue("LARGE");
        type("investments.GENERAL", "1000000000");
        type("priorThreeYearsInvestmentKrw", "300000000");
        browser.findElement(By.id("submit")).click();
        assertEquals("지원 대상입니다", browser.findElement(By.id("outcome")).getText());
        String amounts = browser.findElement(By.id("amounts")).getText();
        assertTrue(amounts.contains("3,000만 원"), amounts);
        assertTrue(browser.findElement(By.id("reasons")).getText().contains("2배"));
        assertTrue(browser.findElement(By.id("reasons")).getText().contains("최저한세"));
        Browser.screenshot(browser, "self-check-tax-credit-capped");
    }
}
