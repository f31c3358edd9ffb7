package heard.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import heard.casework.CaseReference;
import heard.casework.Casework;
import heard.ombudsman.Ombudsman;
import heard.ombudsman.OmbudsmanDecision;
import heard.ombudsman.OmbudsmanRecord;
import heard.security.CreatedAccount;
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

/**
 * In Chromium: a complaints officer finds the action a Stage 1 answer recorded in the register, gives it to a team
 * manager, records it done with evidence, then records the Ombudsman's remedies and one carried out; the register, the
 * action's pages and the remedy form, with and without errors, each have no accessibility violation axe-core finds;
 * then corrects the remedy and a lesson on their change pages, and finds the register's download links.
 */
@BrowserTest
class TheRegisterAnActionAndTheOmbudsmansRemediesInTheBrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    Casework casework;
    @Autowired
    Ombudsman ombudsman;
    @Autowired
    TestClock clock;

    @Test
    void anOfficerKeepsTheRegister() {
        clock.setDate(LocalDate.of(2026, 5, 4));
        CreatedAccount officer = LearningFixtures.aMember(accounts, "Olive Officer", Role.COMPLAINTS_OFFICER);
        LearningFixtures.aMember(accounts, "Rita Responder", Role.RESPONDING_MANAGER);
        String username = officer.member().username();
        CaseReference complaint = LearningFixtures.aComplaint(casework, username, LocalDate.of(2026, 5, 4));
        clock.setDate(LocalDate.of(2026, 5, 15));
        LearningFixtures.answerStageOne(casework, username, complaint, LocalDate.of(2026, 5, 15),
                "Return calls within two working days");
        clock.setDate(LocalDate.of(2026, 6, 3));
        ombudsman.record(new OmbudsmanRecord(complaint, "25 001 234", LocalDate.of(2026, 5, 18),
                OmbudsmanDecision.UPHELD_FAULT_AND_INJUSTICE, LocalDate.of(2026, 6, 1), null, null, null), -1);

        browser.at(port).open("/learning");
        browser.fill("username", username).fill("password", officer.oneTimePassword()).press("Sign in");
        browser.fill("currentPassword", officer.oneTimePassword()).fill("newPassword", "amber kettle lantern orchard")
                .fill("confirmPassword", "amber kettle lantern orchard").press("Change password");

        browser.open("/").follow("Learning");
        assertThat(browser.heading()).isEqualTo("Learning register");
        assertThat(browser.text()).contains("Return calls within two working days", complaint.value(), "Nobody yet");
        noViolations();

        browser.follow("Return calls within two working days");
        assertThat(browser.text()).contains("Recorded in the Stage 1 answer", "Agreed");
        noViolations();
        browser.press("Change owner or due date");
        browser.press("Save");
        assertThat(browser.errorSummary()).containsExactly("Enter the date the action is due");
        noViolations();
        browser.select("ownerId", "Rita Responder").fillDate("dueOn", LocalDate.of(2026, 6, 30)).press("Save");
        assertThat(browser.text()).contains("The action's owner and due date are saved.", "Rita Responder", "30 June 2026");

        browser.press("Record it done");
        browser.fillDate("on", LocalDate.of(2026, 6, 3)).press("Record it done");
        assertThat(browser.errorSummary()).containsExactly("Enter the evidence that the action was done");
        noViolations();
        browser.fill("evidence", "Call-back rota in place from 1 June").press("Record it done");
        assertThat(browser.text()).contains("The action is done.", "Call-back rota in place from 1 June");
        noViolations();

        browser.open("/cases/" + complaint.value());
        assertThat(browser.driver().findElement(By.id("learning-panel")).getText())
                .contains("Return calls within two working days", "Done");
        browser.follow("Record remedies");
        assertThat(browser.heading()).isEqualTo("The Ombudsman's remedies");
        noViolations();
        browser.press("Add the remedy");
        assertThat(browser.errorSummary()).containsExactly("Select what the Ombudsman asked for",
                "Enter the date the Ombudsman set for the remedy");
        noViolations();
        browser.choose("kind-2").fill("amount", "250").fillDate("dueOn", LocalDate.of(2026, 6, 29)).press("Add the remedy");
        assertThat(browser.text()).contains("Payment of £250.00", "29 Jun 2026");
        noViolations();
        // The link's visible words are "Record it carried out"; the remedy it is for is hidden text for screen readers.
        browser.open(java.net.URI.create(browser.driver().findElement(By.partialLinkText("Record it carried out"))
                .getAttribute("href")).getRawPath());
        noViolations();
        browser.fillDate("on", LocalDate.of(2026, 6, 2)).fill("evidence", "BACS reference 4411").press("Save");
        assertThat(browser.text()).contains("2 Jun 2026", "BACS reference 4411");
        noViolations();

        // The remedy corrected: its form opens filled in, and its rules hold.
        String remedies = browser.path();
        browser.open(java.net.URI.create(browser.driver().findElement(By.cssSelector("#remedies a[href$='/edit']"))
                .getAttribute("href")).getRawPath());
        assertThat(browser.heading()).isEqualTo("Change the remedy");
        assertThat(browser.driver().findElement(By.id("amount")).getAttribute("value")).isEqualTo("250.00");
        noViolations();
        browser.fillDate("dueOn", LocalDate.of(2026, 5, 29)).press("Save the changes");
        assertThat(browser.errorSummary()).containsExactly("The remedy cannot be due before the Ombudsman decided (1 June 2026)");
        noViolations();
        browser.fillDate("dueOn", LocalDate.of(2026, 6, 29)).fill("description", "For the delay in returning calls")
                .press("Save the changes");
        assertThat(browser.path()).isEqualTo(remedies);
        assertThat(browser.text()).contains("The remedy is changed.", "For the delay in returning calls");

        // A lesson recorded from the case, then changed.
        browser.open("/learning/lessons/new?case=" + complaint.value());
        browser.fill("whatWentWrong", "Calls were not retuned").select("themeId", "Delay").press("Record the lesson");
        browser.follow("Change the lesson");
        assertThat(browser.heading()).isEqualTo("Change the lesson");
        assertThat(browser.driver().findElement(By.id("whatWentWrong")).getAttribute("value")).isEqualTo("Calls were not retuned");
        noViolations();
        browser.fill("whatWentWrong", "").press("Save the changes");
        assertThat(browser.errorSummary()).containsExactly("Enter what went wrong");
        noViolations();
        browser.fill("whatWentWrong", "Calls were not returned").select("themeId", "Communication").press("Save the changes");
        assertThat(browser.text()).contains("The lesson is changed.", "Calls were not returned", "Communication");
        noViolations();

        // The register offers its actions, lessons and remedies as downloads, with its filters.
        browser.open("/learning");
        assertThat(browser.driver().findElement(By.id("actions-export")).getText())
                .isEqualTo("Download these actions as CSV or Excel");
        assertThat(browser.driver().findElement(By.id("lessons-export")).getText())
                .isEqualTo("Download these lessons as CSV or Excel");
        assertThat(browser.driver().findElement(By.cssSelector("#remedies-export a")).getAttribute("href"))
                .endsWith("/learning/export/remedies?overdue=&format=CSV");
        noViolations();
    }

    /**
     * Not one violation of WCAG 2.2 AA that axe-core finds, of any impact (beyond GOV.UK's own markup of radios that
     * reveal a question). Axe's best practices that are no WCAG rule are left aside: its landmark rule finds the shared
     * layout's phase banner and footer licence outside a landmark on every page, as in GOV.UK's own template.
     */
    private static void noViolations() {
        List<String> tags = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
        Results results = new AxeBuilder().withTags(tags).disableRules(List.of("aria-allowed-attr"))
                .analyze(browser.driver());
        Results allowed = new AxeBuilder().withRules(List.of("aria-allowed-attr"))
                .exclude(List.of(".govuk-radios__input[aria-controls]", ".govuk-checkboxes__input[aria-controls]"))
                .analyze(browser.driver());
        List<Rule> violations = java.util.stream.Stream.concat(results.getViolations().stream(),
                allowed.getViolations().stream()).filter(v -> v.getTags().stream().anyMatch(t -> t.startsWith("wcag"))).toList();
        assertThat(violations).as("accessibility violations on %s: %s", browser.path(),
                violations.stream().map(v -> v.getId() + ": " + v.getHelp()).toList()).isEmpty();
    }
}
