package heard.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The complaints manager looks at the dashboard, opens the 2022/23 annual report of the hand-counted council,
 * follows a number to its records, writes the learning section, turns on the suppression of small numbers
 * and enters a historical year: every page checked with axe against WCAG 2.2 AA.
 */
@BrowserTest
@Import(HandCountedCouncilTest.Loaded.class)
class TheComplaintsManagerWritesTheAnnualReportInTheBrowserTest {

    static final String PASSWORD = "Annual-report-lantern-42";

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    TestClock clock;

    @Test
    void the_manager_reads_traces_writes_and_publishes_the_report() {
        clock.setDate(LocalDate.of(2023, 3, 20));
        CreatedAccount manager = accounts.create(new NewStaffAccount("clare.manager", "Clare Manager", null,
                Set.of(Role.COMPLAINTS_MANAGER), null, true));
        browser.at(port);
        browser.open("/sign-in").fill("username", "clare.manager").fill("password", manager.oneTimePassword())
                .press("Sign in");
        browser.fill("currentPassword", manager.oneTimePassword()).fill("newPassword", PASSWORD)
                .fill("confirmPassword", PASSWORD).press("Change password");
        browser.setUpSecondFactor(clock);

        browser.open("/dashboard");
        assertThat(browser.heading()).isEqualTo("Dashboard");
        // Open now: C15 (Stage 2) and C22 (Stage 1), and the cases received after 20 March 2023 that the log closed.
        assertThat(browser.text()).contains("Open cases by the stage they are at", "Responses sent from");
        browser.assertAccessible();

        browser.open("/reports");
        browser.assertAccessible();
        browser.follow("Annual report 2022/23");
        assertThat(browser.heading()).isEqualTo("Children’s social care complaints annual report 2022/23");
        assertThat(browser.driver().findElement(By.linkText("Download web page, PDF and Word (ZIP)")).getAttribute("href"))
                .endsWith("/reports/annual.zip?from=2022-04-01&to=2023-03-31&publicVersion=false");
        browser.assertAccessible();

        browser.driver().findElement(By.cssSelector("#table-stage1-outcomes tbody tr:first-child a")).click();
        assertThat(browser.heading()).isEqualTo("Complaints that reached an outcome at a stage");
        assertThat(browser.text()).contains("3 records", "C01", "C06", "C18");
        browser.assertAccessible();

        browser.open("/reports/annual?from=2022-04-01&to=2023-03-31").follow("Write this report’s commentary");
        browser.assertAccessible();
        browser.fill("learning", "Teams now call complainants within two working days.").press("Save commentary");
        assertThat(browser.text()).contains("The commentary for 2022/23 has been saved",
                "Teams now call complainants within two working days.");

        browser.open("/settings/reporting");
        browser.assertAccessible();
        browser.fill("onTimeTargetPercent", "101").press("Save changes");
        assertThat(browser.errorSummary()).containsExactly("The target must be a whole number from 1 to 100");
        browser.assertAccessible();
        browser.fill("onTimeTargetPercent", "90").choose("suppressSmallNumbers").press("Save changes");
        assertThat(browser.text()).contains("Reporting settings saved");

        browser.open("/reports/annual?from=2022-04-01&to=2023-03-31").follow("See the public version (small numbers hidden)");
        assertThat(browser.text()).contains("numbers from 1 to 4 are shown as “<5”", "council’s target of 90%");
        assertThat(browser.driver().findElements(By.cssSelector("main a[href*='/reports/records']"))).isEmpty();
        browser.assertAccessible();

        browser.open("/settings/reporting/history");
        assertThat(browser.text()).contains("2020/21");
        browser.assertAccessible();
        browser.press("Add a year").press("Save");
        assertThat(browser.errorSummary()).contains("Enter the name of the year", "Enter the first day of the year",
                "Enter the number of Stage 1 complaints");
        browser.assertAccessible();
        browser.fill("label", "2019/20").fillDate("yearStart", LocalDate.of(2019, 4, 1)).fillDate("yearEnd", LocalDate.of(2020, 3, 31))
                .fill("stage1Received", "57").fill("stage2Received", "10").fill("stage3Received", "3").press("Save");
        assertThat(browser.text()).contains("Totals for 2019/20 saved", "2019/20");
    }
}
