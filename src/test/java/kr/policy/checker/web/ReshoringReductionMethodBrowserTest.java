package kr.policy.checker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A firm whose overseas site was reduced is asked how, in the statute's words, only when the reduction method matters
 * (a decision from 2026-01-08, 시행규칙 제3조제1항제2호): on the reshoring self-check and on the one screening.
 */
@QuarkusTest
class ReshoringReductionMethodBrowserTest {
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

    /** Whether the page has the element now (without waiting for it to appear). */
    private boolean present(String id) {
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return !browser.findElements(By.id(id)).isEmpty();
        } finally {
            browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        }
    }

    private void reducedSite(String decisionDate) {
        new Select(browser.findElement(By.id("technology"))).selectByValue("OTHER");
        Browser.type(browser, "siteRegion", "울산");
        Browser.type(browser, "overseasYears", "3");
        Browser.type(browser, "koreanControlPercent", "60");
        Browser.type(browser, "overseasKsic", "C26110");
        Browser.type(browser, "domesticKsic", "C26120");
        new Select(browser.findElement(By.id("overseasRestructuring"))).selectByValue("REDUCED");
        Browser.type(browser, "overseasReductionPercent", "30");
        Browser.pickDate(browser, "decisionDate", decisionDate);
    }

    @Test
    void theSelfCheckAsksHowTheSiteWasReducedOnlyFrom2026() throws Exception {
        Browser.go(browser, base, "/self-check/reshoring-subsidy");
        assertTrue(!present("overseasReductionMethod"), "not asked before it matters");
        reducedSite("2026-03-02");
        Browser.submit(browser);
        assertEquals("정보가 더 필요합니다", browser.findElement(By.id("outcome")).getText());
        assertEquals("해외사업장 축소 방법", browser.findElement(By.id("questions")).getText());
        // asked now, in the statute's words, with why
        Select method = new Select(browser.findElement(By.id("overseasReductionMethod")));
        List<String> labels = method.getOptions().stream().map(WebElement::getText).toList();
        for (String words : List.of("설비 매각", "생산시설의 일부 폐쇄", "사업장의 일부 매각", "장기 외부 임대", "인력 구조조정")) {
            assertTrue(labels.contains(words), labels.toString());
        }
        String help = browser.findElement(By.id("overseasReductionMethod-help")).getText();
        assertTrue(help.contains("2026-01-08") && help.contains("시행규칙 제3조제1항제2호"), help);
        assertTrue(browser.findElement(By.id("hints")).getText().contains("입증할 수 있는 서류"));
        Browser.screenshot(browser, "self-check-reshoring-reduction-method-asked");

        method.selectByValue("PARTIAL_CLOSURE");
        Browser.submit(browser);
        assertEquals("지원 대상입니다", browser.findElement(By.id("outcome")).getText());
        assertTrue(browser.findElement(By.id("reasons")).getText().contains("생산시설의 일부 폐쇄"));
        // the 시행규칙 in force on the decision date
        assertTrue(browser.findElement(By.id("sources")).getText().contains("산업통상부령 제5호"),
                browser.findElement(By.id("sources")).getText());

        new Select(browser.findElement(By.id("overseasReductionMethod"))).selectByValue("NO_MEASURE");
        Browser.submit(browser);
        assertEquals("지원 대상이 아닙니다", browser.findElement(By.id("outcome")).getText());
        assertTrue(browser.findElement(By.id("reasons")).getText().contains("시행규칙 제3조제1항제2호"));
        Browser.screenshot(browser, "self-check-reshoring-no-measure");
    }

    @Test
    void aDecisionBeforeTheAmendmentIsNotAskedTheMethod() {
        Browser.go(browser, base, "/self-check/reshoring-subsidy");
        reducedSite("2026-01-07");
        Browser.submit(browser);
        assertEquals("지원 대상입니다", browser.findElement(By.id("outcome")).getText());
        assertTrue(!present("overseasReductionMethod"), "the former rule asks no method");
        // the 시행규칙 in force on 2026-01-07, and the last day it was
        String law = browser.findElement(By.id("sources")).getText();
        assertTrue(law.contains("산업통상부령 제1호, 시행 2025-10-01, 다음 개정 전 마지막 시행일 2026-01-07"), law);
    }

    @Test
    void theScreeningAsksTheMethodNextWithTheReason() throws Exception {
        Browser.go(browser, base, "/self-check");
        assertTrue(!present("overseasReductionMethod"), "not asked before it matters");
        // the questions no programme asks next yet are folded away, as a person would unfold them
        browser.findElement(By.cssSelector("#other-questions summary")).click();
        reducedSite("2026-03-02");
        Browser.submit(browser);
        String next = browser.findElement(By.id("next-questions")).getText();
        assertTrue(next.contains("해외사업장 축소 방법"), next);
        assertTrue(next.contains("입증할 수 있는 서류"), next);
        assertTrue(present("overseasReductionMethod"));
        Browser.screenshot(browser, "screening-reduction-method-asked");
    }
}
