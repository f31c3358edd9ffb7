package heard.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a test class, with the steps a test takes written as a person
 * would: open a page, fill in a field by its label's target id, press a button by its words.
 * Nothing is downloaded: Debian's Chromium and ChromeDriver are named explicitly, so Selenium
 * Manager never runs.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

    private WebDriver driver;
    private Path profile;
    private String baseUrl;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        profile = Files.createTempDirectory("heard-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserAvailable.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,1024", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserAvailable.CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    public Browser at(int port) {
        baseUrl = "http://localhost:" + port;
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public Browser fill(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
        return this;
    }

    /** Fills a GOV.UK date input whose parts have ids {@code ID-day}, {@code ID-month}, {@code ID-year}. */
    public Browser fillDate(String id, java.time.LocalDate date) {
        return fill(id + "-day", String.valueOf(date.getDayOfMonth()))
                .fill(id + "-month", String.valueOf(date.getMonthValue()))
                .fill(id + "-year", String.valueOf(date.getYear()));
    }

    public Browser choose(String id) {
        WebElement option = driver.findElement(By.id(id));
        if (!option.isSelected()) {
            option.click();
        }
        return this;
    }

    public Browser select(String id, String visibleText) {
        new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
        return this;
    }

    /** Presses the button (or link styled as one) with these words, and waits for the page it leads to. */
    public Browser press(String words) {
        return andWait(driver.findElement(By.xpath("//button[normalize-space()='" + words + "'] | //input[@type='submit' and @value='"
                + words + "'] | //a[contains(@class,'govuk-button') and normalize-space()='" + words + "']")));
    }

    /** Follows the link with these words, and waits for the page it leads to. */
    public Browser follow(String linkText) {
        return andWait(driver.findElement(By.linkText(linkText)));
    }

    // A click that submits a form returns before the next page has loaded: wait until the page it was on has gone.
    private Browser andWait(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
        return this;
    }

    /**
     * On the page that sets up an authenticator app: reads the key, gives the app's code and goes on past
     * the recovery codes. Returns the key, for the codes of later sign-ins.
     */
    public String setUpSecondFactor(TestClock clock) {
        String secret = driver.findElement(By.id("secret")).getText();
        fill("code", Authenticator.nextCode(secret, clock)).press("Continue");
        assertThat(heading()).isEqualTo("Your recovery codes");
        press("Continue");
        return secret;
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String text() {
        return driver.findElement(By.tagName("main")).getText();
    }

    public List<String> errorSummary() {
        return driver.findElements(By.cssSelector(".govuk-error-summary__list li")).stream()
                .map(WebElement::getText).toList();
    }

    /** Checks the page as it is now with axe-core against WCAG 2.2 AA: no serious or critical violations. */
    public Browser assertAccessible() {
        // GOV.UK Frontend's script sets aria-expanded on a radio or checkbox that reveals a conditional
        // question, which axe reports as an attribute not allowed on those roles; the markup is GOV.UK's
        // own. So that one rule is checked everywhere but on those inputs, and every other rule everywhere.
        List<String> tags = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
        Results everyOtherRule = new AxeBuilder().withTags(tags).disableRules(List.of("aria-allowed-attr")).analyze(driver);
        Results allowedAttributes = new AxeBuilder().withRules(List.of("aria-allowed-attr"))
                .exclude(List.of(".govuk-radios__input[aria-controls]", ".govuk-checkboxes__input[aria-controls]"))
                .analyze(driver);
        List<Rule> serious = java.util.stream.Stream.concat(everyOtherRule.getViolations().stream(),
                        allowedAttributes.getViolations().stream())
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertThat(serious)
                .as("accessibility violations on %s:%n%s", path(), serious.stream()
                        .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
        return this;
    }
}
