package heard.notify;

import static heard.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import heard.casework.Advocacy;
import heard.casework.CaseReference;
import heard.casework.Casework;
import heard.casework.Channel;
import heard.casework.Child;
import heard.casework.ChildConsent;
import heard.casework.Complainant;
import heard.casework.ComplainantRole;
import heard.casework.ComplaintDetails;
import heard.casework.NewComplaint;
import heard.casework.ProcedureKind;
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
 * In Chromium, each page checked by axe-core: the complaints manager changes the acknowledgement's wording
 * (a misspelt merge field refused by name, then previewed and saved), writes to a complainant from the case
 * page with the new wording, and finds the email in the case's timeline; then the email settings and what
 * Heard sent them.
 */
@BrowserTest
class ATemplateIsEditedAndAnAcknowledgementPreviewedAndSentInTheBrowserTest {

    static final String PASSWORD = "violet tractor pencil harbour";

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    Casework casework;
    @Autowired
    TestClock clock;

    @Test
    void editTemplatePreviewSendAndSeeItOnTheCase() {
        clock.setDate(LocalDate.of(2026, 12, 16));
        CreatedAccount manager = accounts.create(new NewStaffAccount("clare.templates", "Clare Manager",
                "clare@council.example", Set.of(Role.COMPLAINTS_MANAGER), null, true));
        CaseReference ref = as("clare.templates", () -> casework.log(new NewComplaint(new ComplaintDetails(
                LocalDate.of(2026, 12, 16), Channel.EMAIL, new Complainant("Pat Parent", "1 High Street\nTowntown",
                        null, "pat.parent@example.org", ComplainantRole.PARENT_RELATIVE),
                new Child("Sam", LocalDate.of(2012, 5, 1), null, null, null, false), true, ChildConsent.AGREES,
                Advocacy.OFFERED, "Coram Voice", null, null, List.of(), List.of("The social worker did not return calls"),
                "An apology", "Communication with the family", null), ProcedureKind.STATUTORY,
                "A parent about their child's social worker", null)));

        browser.at(port).open("/sign-in").fill("username", "clare.templates")
                .fill("password", manager.oneTimePassword()).press("Sign in");
        browser.fill("currentPassword", manager.oneTimePassword()).fill("newPassword", PASSWORD)
                .fill("confirmPassword", PASSWORD).press("Change password");
        browser.setUpSecondFactor(clock);

        browser.open("/settings").assertAccessible().follow("Letter and email templates");
        assertThat(browser.heading()).isEqualTo("Letter and email templates");
        browser.assertAccessible().follow("Acknowledgement, statutory Stage 1");
        browser.assertAccessible();
        browser.fill("subject", "Your complaint ((referance)) has reached us").press("Save template");
        assertThat(browser.errorSummary())
                .containsExactly("There is no merge field called ((referance)): use one of those listed");
        browser.assertAccessible();
        browser.fill("subject", "Your complaint ((reference)) has reached us").press("Preview");
        assertThat(browser.text()).contains("Your complaint CSC-2026-0042 has reached us");
        browser.assertAccessible();
        browser.press("Save template");
        assertThat(browser.text()).contains("Template saved: Acknowledgement, statutory Stage 1");

        browser.open("/cases/" + ref.value()).assertAccessible().follow("Write to the complainant");
        assertThat(browser.heading()).isEqualTo("What do you want to send?");
        browser.assertAccessible().press("Continue");
        assertThat(browser.errorSummary()).containsExactly("Select what you want to send");
        browser.assertAccessible().choose("template").press("Continue");
        assertThat(browser.heading()).isEqualTo("Check the Acknowledgement, statutory Stage 1 before it is sent");
        assertThat(browser.text()).contains("Your complaint " + ref.value() + " has reached us")
                .contains("Dear Pat Parent").contains("pat.parent@example.org");
        browser.assertAccessible().choose("channel").press("Send");
        assertThat(browser.text()).contains("queued to send by email");
        assertThat(browser.heading()).isEqualTo("Your complaint " + ref.value() + " has reached us");
        browser.assertAccessible();

        browser.open("/cases/" + ref.value());
        assertThat(browser.text()).contains("Acknowledgement, statutory Stage 1 emailed to Pat Parent")
                .contains("Not yet sent");
        browser.assertAccessible();

        browser.open("/settings/notifications").assertAccessible();
        browser.open("/notifications").assertAccessible();
    }
}
