package heard.interchange;

import static heard.interchange.CaseLogFiles.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import heard.security.CreatedAccount;
import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.testing.Browser;
import heard.testing.BrowserTest;
import heard.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class ImportPageInABrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    TestClock clock;
    @TempDir
    Path dir;

    @Test
    void aComplaintsManagerImportsACaseLogAndEveryPageIsAccessible() throws Exception {
        CreatedAccount clare = accounts.create(new NewStaffAccount("clare.browser", "Clare Manager", null,
                Set.of(Role.COMPLAINTS_MANAGER), null, true));
        browser.at(port).open("/sign-in").fill("username", "clare.browser").fill("password", clare.oneTimePassword())
                .press("Sign in");
        waitFor(By.tagName("h1"), "Choose a new password");
        browser.fill("currentPassword", clare.oneTimePassword()).fill("newPassword", "a long and memorable phrase")
                .fill("confirmPassword", "a long and memorable phrase").press("Change password");
        waitFor(By.tagName("h1"), "Set up your authenticator app");
        browser.setUpSecondFactor(clock);
        waitFor(By.tagName("h1"), "What would you like to do?");

        browser.open("/case-log/import").assertAccessible();
        assertThat(browser.heading()).isEqualTo("Import a case log");
        browser.press("Check the file");
        assertThat(browser.errorSummary()).containsExactly("Select a case log file");
        browser.assertAccessible();

        Path file = CaseLogFiles.csv(dir, "browser.csv", List.of(
                row("reference=BR-1", "record_type=comment", "received=2024-03-04", "service_area=Browser Area",
                        "team=Browser Team", "summary=More evening appointments"),
                // Councils' own references often have slashes; the record's address must still work.
                row("reference=CSC/2024/0042", "record_type=complaint", "procedure=statutory", "received=2024-03-05",
                        "service_area=Browser Area", "team=Browser Team", "summary=Contact arrangements changed"),
                row("reference=CMP/2024/7", "record_type=compliment", "received=2024-03-06",
                        "service_area=Browser Area", "team=Browser Team", "summary=Thank you for listening")));
        browser.driver().findElement(By.id("file")).sendKeys(file.toString());
        browser.press("Check the file");
        waitFor(By.tagName("h1"), "Check what importing browser.csv will do");
        assertThat(browser.text()).contains("Comments to add", "Complaints to add", "Browser Team, in Browser Area");
        browser.assertAccessible();

        browser.press("Create these names and import the file");
        waitFor(By.cssSelector(".govuk-panel__title"), "browser.csv imported");
        browser.assertAccessible();

        browser.open("/case-log").assertAccessible();
        assertThat(browser.text()).contains("browser.csv", "Imported");
        browser.open("/case-log/export").assertAccessible();

        browser.open("/cases").follow("CSC/2024/0042");
        assertThat(browser.heading()).startsWith("CSC/2024/0042");
        browser.open("/compliments").follow("CMP/2024/7");
        assertThat(browser.heading()).contains("CMP/2024/7");
    }

    /** Pressing a button returns before the next page has loaded: wait for it. */
    private static void waitFor(By element, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(element, text));
    }
}
