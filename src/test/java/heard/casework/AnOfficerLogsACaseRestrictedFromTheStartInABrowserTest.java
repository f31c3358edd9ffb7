package heard.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

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

/**
 * Beside {@link AComplaintsManagerRestrictsACaseAndLiftsItInABrowserTest}: a complaints officer takes a complaint
 * from a member of staff and restricts it on the log form itself, in the browser (the reasons revealed by ticking
 * the box), is refused another reason without words, checks the answers, is warned they will lose sight of it, and
 * lands on the case list once it is logged; each page, and each page of errors, is checked with axe.
 */
@BrowserTest
class AnOfficerLogsACaseRestrictedFromTheStartInABrowserTest {

    static final String PASSWORD = "Paper-lantern-river-42";

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    TestClock clock;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theOfficerLogsAComplaintRestrictedForAnotherReasonAndLosesSightOfIt() {
        clock.setDate(LocalDate.of(2025, 6, 2));
        CreatedAccount officer = accounts.create(new NewStaffAccount("olive-" + run, "Olive Officer " + run, null,
                Set.of(Role.COMPLAINTS_OFFICER), null, true));
        browser.at(port);
        browser.open("/sign-in").fill("username", officer.member().username())
                .fill("password", officer.oneTimePassword()).press("Sign in");
        browser.fill("currentPassword", officer.oneTimePassword()).fill("newPassword", PASSWORD)
                .fill("confirmPassword", PASSWORD).press("Change password");

        browser.open("/cases/new");
        assertThat(browser.text()).contains("Who can see it", "Restricted record (optional)");
        browser.choose("channel").choose("recordType")
                .fill("complainantName", "Pat Parent").select("complainantRole", "Parent or relative")
                .choose("onChildsBehalf").choose("childConsent").choose("advocacy-2")
                .fill("elements", "The social worker did not return calls").choose("procedure");
        browser.choose("restrict");
        assertThat(browser.text()).contains("you will no longer be able to see it");
        browser.assertAccessible();
        browser.choose("restrictionReason-3").press("Continue");
        assertThat(browser.errorSummary()).containsExactly("Enter why the case is to be restricted");
        browser.assertAccessible();
        browser.fill("restrictionOtherReason", "The complainant's partner works in the complaints team")
                .press("Continue");

        assertThat(browser.heading()).isEqualTo("Check the complaint before you log it");
        assertThat(browser.text()).contains("Who can see it",
                "Yes: The complainant's partner works in the complaints team", "you will no longer be able to see it");
        browser.assertAccessible();
        browser.press("Log the complaint");

        assertThat(browser.path()).isEqualTo("/cases");
        assertThat(browser.text()).contains("logged and restricted. You are not named on it, so you can no longer see it");
        browser.assertAccessible();
    }
}
