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
 * The complaints manager restricts a case to the staff named on it in the browser, giving another reason in
 * words, sees who can see it, and lifts the restriction with reasons; each page, and each page of errors, is
 * checked with axe.
 */
@BrowserTest
class AComplaintsManagerRestrictsACaseAndLiftsItInABrowserTest {

    static final String PASSWORD = "Paper-lantern-river-42";

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

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theManagerRestrictsACaseForAnotherReasonAndLiftsIt() {
        clock.setDate(LocalDate.of(2025, 6, 2));
        CreatedAccount manager = account("clare", "Clare Manager", Role.COMPLAINTS_MANAGER);
        CreatedAccount responder = account("rita", "Rita Responder", Role.RESPONDING_MANAGER);
        CaseReference reference = new CasesAtEveryStep(casework, clock, manager.member().username())
                .stageOne(CasesAtEveryStep.About.aParent(null), new CasesAtEveryStep.People(responder.member().id(),
                        responder.member().id(), responder.member().id(), responder.member().id()));
        browser.at(port);
        browser.open("/sign-in").fill("username", manager.member().username())
                .fill("password", manager.oneTimePassword()).press("Sign in");
        browser.fill("currentPassword", manager.oneTimePassword()).fill("newPassword", PASSWORD)
                .fill("confirmPassword", PASSWORD).press("Change password");
        browser.setUpSecondFactor(clock);

        browser.open("/cases/" + reference.value());
        browser.follow("Restrict who can see the case");
        assertThat(browser.heading()).isEqualTo("Restrict who can see the case");
        assertThat(browser.text()).contains("Rita Responder " + run).doesNotContain("You are not named on this case");
        browser.assertAccessible();
        browser.press("Save");
        assertThat(browser.errorSummary()).containsExactly("Select why the case is to be restricted");
        browser.assertAccessible();
        browser.choose("reason-3").press("Save");
        assertThat(browser.errorSummary()).containsExactly("Enter why the case is to be restricted");
        browser.assertAccessible();
        browser.choose("reason-3").fill("otherReason", "The child's foster carer works in the complaints team")
                .press("Save");

        assertThat(browser.text()).contains(reference.value() + " is now restricted", "This is a restricted record",
                "Reason: The child's foster carer works in the complaints team",
                "Rita Responder " + run + " (named on the case)", "Clare Manager " + run + " (complaints manager)",
                "Case restricted to the staff named on it and complaints managers");
        browser.assertAccessible();
        browser.open("/cases?status=ALL");
        assertThat(browser.text()).contains(reference.value(), "Restricted");
        browser.assertAccessible();

        browser.open("/cases/" + reference.value());
        browser.follow("Lift the restriction");
        browser.assertAccessible();
        browser.press("Save");
        assertThat(browser.errorSummary()).containsExactly("Enter why the restriction is being lifted");
        browser.assertAccessible();
        browser.fill("text", "The foster carer has moved to another council").press("Save");
        assertThat(browser.text()).contains("The restriction on " + reference.value() + " has been lifted",
                "Restriction lifted", "The foster carer has moved to another council")
                .doesNotContain("This is a restricted record");
        browser.assertAccessible();
    }

    private CreatedAccount account(String name, String displayName, Role role) {
        return accounts.create(new NewStaffAccount(name + "-" + run, displayName + " " + run, null, Set.of(role), null,
                true));
    }
}
