package kr.policy.checker.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Debian Chromium for page tests; .ci/run installs chromium, chromium-driver and fonts-noto-cjk. */
final class Browser {
    private Browser() {
    }

    static ChromeDriver start(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1100,1400", "--lang=" + language);
        // what the browser asks for in Accept-Language, as a person's browser would
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        // the console, where Chromium reports what the Content-Security-Policy blocked
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // a submitted form's answer page may take a moment: look for elements until it is there
        driver.manage().timeouts().implicitlyWait(java.time.Duration.ofSeconds(10));
        return driver;
    }

    /** Opens a path of the application under test. */
    static void go(ChromeDriver driver, java.net.URL base, String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }

    /**
     * Sends the page's form with its #submit button and waits until the answer has replaced the page: an element
     * read right after the click could otherwise still be the old page's, gone a moment later.
     */
    static void submit(ChromeDriver driver) {
        org.openqa.selenium.WebElement page = driver.findElement(org.openqa.selenium.By.tagName("html"));
        driver.findElement(org.openqa.selenium.By.id("submit")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20)).until(d ->
                "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return document.readyState")));
    }

    /** Replaces what a text input holds, as typing would. */
    static void type(ChromeDriver driver, String field, String value) {
        org.openqa.selenium.WebElement input = driver.findElement(org.openqa.selenium.By.id(field));
        input.clear();
        input.sendKeys(value);
    }

    /** Sets a date input as its date picker would (typed keys depend on the browser's locale format). */
    static void pickDate(ChromeDriver driver, String field, String value) {
        driver.executeScript("arguments[0].value = arguments[1];",
                driver.findElement(org.openqa.selenium.By.id(field)), value);
    }

    /** Saves what the page looks like under target/screenshots, for a person to look at. */
    static void screenshot(ChromeDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Closes the browser, then fails if any page it showed had something blocked by its Content-Security-Policy
     * (contract §14): an inline script or handler, a foreign source. Every browser test ends here.
     */
    static void quitWithoutPolicyViolations(ChromeDriver driver) {
        java.util.List<String> blocked;
        try {
            blocked = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                    .map(org.openqa.selenium.logging.LogEntry::getMessage)
                    .filter(m -> m.contains("Content Security Policy")).toList();
        } finally {
            driver.quit();
        }
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), blocked);
    }
}
