package kr.policy.checker.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** Contract §17: a clerk downloads the template, previews a file with an error, imports it and opens a new case. */
@QuarkusTest
class ClerkImportBrowserTest {
    @TestHTTPResource("/")
    URL base;

    private ChromeDriver browser;
    private String username;
    private String organization;

    @BeforeEach
    void clerkAndBrowser() {
        username = "clerk" + UUID.randomUUID().toString().substring(0, 8);
        organization = "가져오기시-" + UUID.randomUUID().toString().substring(0, 6);
        given().header("X-API-Key", "test-admin-key").contentType("application/json")
                .body("{\"username\": \"" + username + "\", \"password\": \"correct horse battery\", "
                        + "\"organization\": \"" + organization + "\"}")
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

    @Test
    void aClerkPreviewsThenImportsACsv() throws Exception {
        go("/clerk");
        Browser.type(browser, "j_username", username);
        Browser.type(browser, "j_password", "correct horse battery");
        browser.findElement(By.id("login")).click();
        browser.findElement(By.id("import-cases")).click();
        assertEquals("인·허가 사건 가져오기", browser.findElement(By.tagName("h1")).getText());

        // the template: Korean titles and one example row, which imports as it is
        String cookie = browser.manage().getCookieNamed("checker-clerk").getValue();
        byte[] template = given().cookie("checker-clerk", cookie)
                .get("/clerk/cases/import/template.csv?kind=PERMIT_CASES").then().statusCode(200)
                .extract().asByteArray();
        String text = new String(template, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF\"외부 참조 번호\",사건명,신청인,인·허가권자,\"신청 경로\""), text);
        String[] lines = text.strip().split("\n");
        assertEquals(2, lines.length, text);

        // the template's row, a second valid row and one with an impossible date
        Path file = Files.createTempFile("import", ".csv");
        Files.writeString(file, lines[0] + "\n" + lines[1] + "\n"
                + lines[1].replace("PT-2024-0001", "PT-2024-0002").replace("반도체 특화단지 공장 설립", "공장 증설") + "\n"
                + lines[1].replace("PT-2024-0001", "PT-2024-0003").replace("2024-04-20", "2024-02-30") + "\n",
                StandardCharsets.UTF_8);
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("preview")).click();
        assertEquals("미리 보기 (저장되지 않음)", browser.findElement(By.id("preview-heading")).getText());
        assertEquals("등록 가능 2건, 오류 1건, 중복 0건", browser.findElement(By.id("counts")).getText());
        var bad = browser.findElement(By.id("row-3"));
        assertEquals("오류", bad.findElement(By.className("status")).getText());
        var cell = bad.findElement(By.className("invalid-cell"));
        assertTrue(cell.getText().contains("2024-02-30"), cell.getText());
        assertTrue(cell.findElement(By.className("error")).getText().length() > 0);
        // nothing stored by the preview
        assertEquals(0, cases(cookie));

        // at phone width the page itself does not scroll sideways (the table scrolls in its own box)
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        Number overflow = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow.intValue() <= 0, "horizontal scroll at 390 px: " + overflow);
        Browser.screenshot(browser, "clerk-import-preview-390");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1100, 1400));

        browser.findElement(By.id("import")).click();
        assertEquals("가져오기 결과", browser.findElement(By.id("summary-heading")).getText());
        assertEquals("등록 2건, 오류 1건, 중복 0건", browser.findElement(By.id("counts")).getText());
        Browser.screenshot(browser, "clerk-import-summary");
        assertEquals(2, cases(cookie));
        browser.findElement(By.linkText("공장 증설")).click();
        assertEquals("공장 증설", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("external-reference")).getText().contains("PT-2024-0002"));
    }

    private int cases(String cookie) {
        String csv = given().cookie("checker-clerk", cookie).get("/clerk/export.csv").then().statusCode(200)
                .extract().asString();
        return (int) csv.lines().filter(l -> l.startsWith("permit-timeout,")).count();
    }
}
