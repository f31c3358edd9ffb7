package heard.organisation;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 2's journey in Chromium: sign in, choose a password, add a service area and a team; every page checked by axe-core. */
@BrowserTest
class AdministratorCreatesATeamInTheBrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    TestClock clock;

    @Test
    void signsInChoosesAPasswordAndCreatesATeam() {
        CreatedAccount admin = accounts.create(new NewStaffAccount("ada.admin", "Ada Admin", null,
                Set.of(Role.ADMINISTRATOR, Role.COMPLAINTS_MANAGER), null, true));
        browser.at(port).open("/settings");
        assertThat(browser.path()).isEqualTo("/sign-in");
        browser.assertAccessible();

        browser.press("Sign in");
        assertThat(browser.errorSummary()).containsExactly("Enter your username", "Enter your password");
        browser.assertAccessible();

        browser.fill("username", "ada.admin").fill("password", admin.oneTimePassword()).press("Sign in");
        assertThat(browser.heading()).isEqualTo("Choose a new password");
        browser.assertAccessible();
        browser.fill("currentPassword", admin.oneTimePassword()).fill("newPassword", "violet tractor pencil harbour")
                .fill("confirmPassword", "violet tractor pencil harbour").press("Change password");
        assertThat(browser.heading()).isEqualTo("Set up your authenticator app");
        browser.assertAccessible();
        browser.setUpSecondFactor(clock);

        browser.open("/settings").assertAccessible().follow("Service areas and teams");
        browser.assertAccessible().follow("Add a service area");
        browser.press("Save");
        assertThat(browser.errorSummary()).containsExactly("Enter a name");
        browser.assertAccessible();
        browser.fill("name", "Children in Care").press("Save");
        assertThat(browser.text()).contains("Service area Children in Care saved.");

        browser.follow("Add a team");
        browser.fill("name", "Fostering North").press("Save");
        assertThat(browser.errorSummary()).containsExactly("Select the service area the team belongs to");
        browser.assertAccessible();
        browser.select("serviceAreaId", "Children in Care").fill("name", "Fostering North").press("Save");
        assertThat(browser.text()).contains("Team Fostering North saved.").contains("Fostering North");
        browser.assertAccessible();
    }
}
