package heard.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import heard.casework.Advocacy;
import heard.casework.CaseReference;
import heard.casework.Casework;
import heard.casework.Channel;
import heard.casework.Child;
import heard.casework.Complainant;
import heard.casework.ComplainantRole;
import heard.casework.ComplaintDetails;
import heard.casework.NewComplaint;
import heard.casework.ProcedureKind;
import heard.organisation.OrganisationSettings;
import heard.organisation.ServiceArea;
import heard.security.CreatedAccount;
import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.testing.Browser;
import heard.testing.BrowserTest;
import heard.testing.SignedIn;
import heard.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: a complaints officer logs a compliment, records its answer, chooses it for the annual
 * report and corrects its team, then records the Ombudsman's decision on a complaint; every page
 * checked by axe-core.
 */
@BrowserTest
class OfficerLogsAComplimentAndRecordsAnOmbudsmanDecisionInTheBrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    OrganisationSettings settings;
    @Autowired
    Casework casework;
    @Autowired
    TestClock clock;

    @Test
    void logsAComplimentAndRecordsAnOmbudsmanDecision() {
        clock.setDate(LocalDate.of(2026, 6, 10));
        ServiceArea area = settings.addServiceArea("Disabled Children");
        settings.addTeam(area.id(), "Short Breaks", LocalDate.of(2024, 4, 1));
        settings.addTeam(area.id(), "Family Links", LocalDate.of(2024, 4, 1));
        CreatedAccount officer = accounts.create(new NewStaffAccount("olive.officer", "Olive Officer", null,
                Set.of(Role.COMPLAINTS_OFFICER), null, true));
        CaseReference complaint = aComplaint("olive.officer");

        browser.at(port).open("/compliments");
        browser.fill("username", "olive.officer").fill("password", officer.oneTimePassword()).press("Sign in");
        browser.fill("currentPassword", officer.oneTimePassword()).fill("newPassword", "amber kettle lantern orchard")
                .fill("confirmPassword", "amber kettle lantern orchard").press("Change password");

        browser.open("/").follow("Compliments and enquiries");
        assertThat(browser.heading()).isEqualTo("Compliments, comments and enquiries");
        browser.assertAccessible().press("Log a compliment, comment or enquiry");
        browser.assertAccessible().press("Log it");
        assertThat(browser.errorSummary()).containsExactly(
                "Select whether it is a compliment, a comment or an MP or councillor enquiry",
                "Select how it reached the council", "Enter what they said");
        browser.assertAccessible();

        browser.choose("type").choose("channel-3").fill("fromName", "Pat Parent")
                .select("complainantRole", "Foster carer").select("teamId", "Disabled Children: Short Breaks")
                .fill("summary", "Our social worker listened and kept every promise.").press("Log it");
        assertThat(browser.text()).contains("Compliment CSC-2026-", " logged.", "Pat Parent", "Short Breaks",
                "Our social worker listened and kept every promise.");
        browser.assertAccessible();

        browser.fillDate("respondedOn", LocalDate.of(2026, 6, 10)).press("Save the date answered");
        assertThat(browser.text()).contains("was answered is saved.", "Answered 10 June 2026");
        browser.choose("quotable").press("Save");
        assertThat(browser.text()).contains("The annual report will quote compliment");
        browser.assertAccessible();

        // WebDriver reads the visually hidden words, for a screen reader, as a line of their own.
        browser.follow("Change\nthe details (The compliment)");
        assertThat(browser.heading()).isEqualTo("Correct the details");
        browser.assertAccessible();
        browser.fillDate("receivedOn", LocalDate.of(2026, 6, 11)).press("Save changes");
        assertThat(browser.errorSummary()).containsExactly("The date received must be today or in the past");
        browser.assertAccessible();
        browser.fillDate("receivedOn", LocalDate.of(2026, 6, 10)).select("teamId", "Disabled Children: Family Links")
                .fill("summary", "Our family link worker listened and kept every promise.").press("Save changes");
        assertThat(browser.text()).contains(" are corrected.", "Family Links",
                "Our family link worker listened and kept every promise.");
        browser.assertAccessible();
        browser.follow("Back");
        assertThat(browser.text()).contains("Pat Parent", "Foster carer", "10 Jun 2026", "Family Links");
        browser.assertAccessible();

        browser.follow("Ombudsman");
        assertThat(browser.heading()).isEqualTo("The Ombudsman's cases");
        browser.assertAccessible();
        browser.open("/ombudsman/" + complaint);
        browser.assertAccessible().press("Save");
        assertThat(browser.errorSummary()).containsExactly("Enter the date the Ombudsman first told the council");
        browser.assertAccessible();
        browser.fill("ombudsmanReference", "25 001 234").fillDate("referredOn", LocalDate.of(2026, 3, 2))
                .choose("decision-5").fillDate("decidedOn", LocalDate.of(2026, 2, 27)).press("Save");
        assertThat(browser.errorSummary())
                .containsExactly("The decision cannot be before the Ombudsman first told the council (2 March 2026)");
        browser.assertAccessible();
        browser.fillDate("decidedOn", LocalDate.of(2026, 6, 1)).fill("remedy", "Apologise and pay £300")
                .fillDate("remedyDueOn", LocalDate.of(2026, 7, 1)).press("Save");
        assertThat(browser.path()).isEqualTo("/ombudsman");
        assertThat(browser.text()).contains("The Ombudsman's involvement in " + complaint + " is saved.",
                "Upheld: fault and injustice", "Apologise and pay £300", "1 Jul 2026");
        browser.assertAccessible();
    }

    private CaseReference aComplaint(String officer) {
        ComplaintDetails details = new ComplaintDetails(LocalDate.of(2026, 1, 5), Channel.TELEPHONE,
                new Complainant("Sam Parent", null, null, null, ComplainantRole.PARENT_RELATIVE), Child.none(), false, null,
                Advocacy.NOT_OFFERED, null, null, null, List.of(), List.of("The review meeting was cancelled twice"), null,
                null, null);
        return SignedIn.as(officer, () -> casework.log(new NewComplaint(details, ProcedureKind.STATUTORY,
                "A parent about the review meeting", null)));
    }
}
