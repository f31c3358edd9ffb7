package heard.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import heard.casework.CaseReference;
import heard.casework.Casework;
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
 * The complaints manager in Chromium: sets the retention periods in Settings, reviews what is past its period,
 * holds one case and erases another's personal data; each page checked by axe-core with no violation at all.
 */
@BrowserTest
class TheComplaintsManagerReviewsRetentionInTheBrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    heard.learning.Learning learning;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    Casework casework;
    @Autowired
    TestClock clock;

    @Test
    void setsThePeriodsHoldsOneCaseAndErasesAnother() {
        PrivacyFixtures people = new PrivacyFixtures(casework, accounts, clock);
        CaseReference erased = people.aClosedComplaint(LocalDate.of(2018, 6, 4), PrivacyFixtures.details(
                LocalDate.of(2018, 6, 4), "Edna Erased", "edna@example.org", null, "Eli Erased", null));
        CaseReference held = people.aClosedComplaint(LocalDate.of(2018, 7, 2), PrivacyFixtures.details(
                LocalDate.of(2018, 7, 2), "Hal Held", null, null, "Hugo Held", null));
        clock.setDate(LocalDate.of(2025, 9, 1));
        signInAsAComplaintsManager();

        browser.open("/settings").follow("Retention periods");
        assertThat(browser.heading()).isEqualTo("Retention periods");
        noViolations();
        browser.fill("complaint", "").fill("audit", "seven").press("Save changes");
        assertThat(browser.errorSummary()).containsExactly("Enter the number of years",
                "Enter the number of years as a whole number, like 6");
        noViolations();
        browser.fill("complaint", "6").fill("audit", "7").fill("comment", "3").press("Save changes");
        assertThat(browser.text()).contains("Retention periods saved");

        browser.open("/settings").follow("Retention review");
        noViolations();
        browser.press("Review again now");
        assertThat(browser.text()).contains(erased.value()).contains(held.value());
        browser.press("Erase the personal data of the records chosen");
        assertThat(browser.errorSummary()).containsExactly("Choose the records to erase");
        noViolations();

        browser.fill("reference", held.value()).fill("reason", "A claim against the council").press("Place a legal hold");
        assertThat(browser.text()).contains("Legal hold placed on " + held.value());
        noViolations();
        browser.choose(checkboxFor(erased)).press("Erase the personal data of the records chosen");
        assertThat(browser.text()).contains("1 record erased").doesNotContain("Edna");
        assertThat(browser.text()).contains("Retention period over");
        noViolations();
    }

    @Test
    void logsASubjectAccessRequestAndSeesWhatHeardHoldsAndWhenTheAnswerIsDue() {
        PrivacyFixtures people = new PrivacyFixtures(casework, accounts, clock);
        String tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);
        CaseReference ref = people.aClosedComplaint(LocalDate.of(2025, 10, 6), PrivacyFixtures.details(
                LocalDate.of(2025, 10, 6), "Pat Browser" + tag, null, null, "Sam Browser" + tag, null));
        CaseReference anns = people.aClosedComplaint(LocalDate.of(2025, 10, 13), PrivacyFixtures.details(
                LocalDate.of(2025, 10, 13), "Ann Other" + tag, null, null, "Ben Other" + tag, null));
        long theme = heard.testing.SignedIn.as(people.officer, () -> learning.themes()).get(0).id();
        heard.testing.SignedIn.as(people.officer, () -> learning.recordLesson(new heard.learning.NewLesson(
                "Calls were missed, as Pat Browser" + tag + " told us too", theme, null, null, List.of(anns.value()))));
        clock.setDate(LocalDate.of(2026, 1, 12));
        signInAsAComplaintsManager();

        browser.open("/settings").follow("Subject access and erasure requests");
        noViolations();
        browser.follow("Log a request");
        noViolations();
        browser.fill("receivedOn-day", "").press("Log the request and search");
        assertThat(browser.errorSummary()).containsExactly("Select what the person asked for",
                "The date the request was received must include a day");
        noViolations();
        browser.choose("kind").fill("name", "Pat Browser" + tag).fillDate("receivedOn", LocalDate.of(2026, 1, 12))
                .press("Log the request and search");
        assertThat(browser.heading()).isEqualTo("Subject access request");
        assertThat(browser.text()).contains("Request logged").contains("12 February 2026").contains(ref.value())
                .contains("1 record names this person").contains("Someone else: review")
                .contains("Found by name: check before release", "Drawn from " + anns.value() + " Someone else: review",
                        "as Pat Browser" + tag + " told us too");
        noViolations();
        // Signed in ten minutes ago: the bundle asks for the password again first.
        clock.advance(java.time.Duration.ofMinutes(10));
        browser.follow("Download the bundle as JSON");
        assertThat(browser.heading()).isEqualTo("Confirm it is you");
        noViolations();
    }

    private String checkboxFor(CaseReference reference) {
        return browser.driver().findElement(org.openqa.selenium.By.cssSelector("input[value='COMPLAINT:" + reference.value()
                + "']")).getAttribute("id");
    }

    private void signInAsAComplaintsManager() {
        String username = "mona-" + UUID.randomUUID().toString().substring(0, 6);
        CreatedAccount manager = accounts.create(new NewStaffAccount(username, "Mona Manager", null,
                Set.of(Role.COMPLAINTS_MANAGER), null, true));
        browser.at(port).open("/sign-in");
        browser.fill("username", username).fill("password", manager.oneTimePassword()).press("Sign in");
        browser.fill("currentPassword", manager.oneTimePassword()).fill("newPassword", "violet tractor pencil harbour")
                .fill("confirmPassword", "violet tractor pencil harbour").press("Change password");
        browser.setUpSecondFactor(clock);
    }

    /** Stricter than {@link Browser#assertAccessible()}: no violation of any impact (GOV.UK's own aria-expanded aside). */
    static void noViolations() {
        browser.assertAccessible();
        List<Rule> violations = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .disableRules(List.of("aria-allowed-attr")).analyze(browser.driver()).getViolations();
        assertThat(violations).extracting(v -> v.getId() + " at " + v.getNodes().get(0).getTarget()).isEmpty();
    }
}
