package heard.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import heard.calendar.WorkingDayCalendar;
import heard.organisation.OrganisationSettings;
import heard.organisation.ServiceArea;
import heard.organisation.Team;
import heard.security.CreatedAccount;
import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.testing.Browser;
import heard.testing.BrowserTest;
import heard.testing.TestClock;
import heard.web.FormProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A complaints officer and a responding manager take a telephone complaint, received on the
 * Friday before Christmas 2024, through all three statutory stages in the browser. Every deadline
 * the case page shows is checked against the working-day calendar; the pages are checked with axe.
 */
@BrowserTest
class ACaseGoesFromATelephoneCallToTheReviewPanelInTheBrowserTest {

    static final String PASSWORD = "Paper-lantern-river-42";
    static final LocalDate RECEIVED = LocalDate.of(2024, 12, 20);

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    TestClock clock;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aTelephoneComplaintOnAChildsBehalfIsAnsweredInvestigatedReviewedAndClosed() {
        clock.setDate(RECEIVED);
        ServiceArea area = organisation.addServiceArea("Children in care " + run);
        Team team = organisation.addTeam(area.id(), "North team " + run, LocalDate.of(2020, 1, 1));
        CreatedAccount officer = account("olive", "Olive Officer", Role.COMPLAINTS_OFFICER, null);
        CreatedAccount manager = account("clare", "Clare Manager", Role.COMPLAINTS_MANAGER, null);
        CreatedAccount responder = account("rita", "Rita Responder", Role.RESPONDING_MANAGER, team.id());
        CreatedAccount senior = account("sue", "Sue Senior", Role.SENIOR_MANAGER, null);
        browser.at(port);

        signInForTheFirstTime(officer);
        browser.open("/cases").assertAccessible();
        browser.press("Log a complaint");
        assertThat(browser.heading()).isEqualTo("Log a complaint or representation");
        browser.assertAccessible();
        browser.press("Continue");
        assertThat(browser.errorSummary()).contains("Select how the complaint came in", "Enter at least one element of the complaint");
        browser.assertAccessible();

        browser.choose("channel").choose("recordType")
                .fill("complainantName", "Pat Parent").select("complainantRole", "Parent or relative")
                .fill("complainantPhone", "07700 900123").fill("childName", "Sam Child")
                .choose("onChildsBehalf").choose("childConsent").choose("advocacy-2").fill("advocacyProvider", "Coram Voice")
                .select("serviceAreaId", area.name()).select("teamId", area.name() + ": " + team.names().get(0).name())
                .fill("elements", "The social worker did not return calls")
                .fill("elements-2", "The review meeting was cancelled twice")
                .choose("procedure").press("Continue");
        assertThat(browser.heading()).isEqualTo("Check the complaint before you log it");
        assertThat(browser.text()).contains("North team " + run, "The review meeting was cancelled twice");
        browser.assertAccessible();
        browser.press("Log the complaint");
        assertThat(browser.text()).contains("logged");
        String reference = browser.heading().split("\\s")[0];
        browser.assertAccessible();
        // Received Friday 20 December 2024: 25 and 26 December and 1 January are not working days.
        assertThat(browser.text()).contains("Response due Wednesday 8 January 2025", "Acknowledgement due Friday 27 December 2024");
        expectDue(RECEIVED, 10);
        expectDue(RECEIVED, 3);

        browser.follow("Record the acknowledgement").assertAccessible();
        browser.press("Save");
        browser.follow("Allocate to a responder");
        browser.select("responderId", "Rita Responder " + run + " (North team " + run + ")").press("Save");
        assertThat(browser.text()).contains("Rita Responder " + run);
        browser.press("Sign out");

        clock.setDate(LocalDate.of(2025, 1, 6));
        signInForTheFirstTime(responder);
        browser.open("/cases");
        browser.follow(reference);
        browser.follow("Extend the timescale");
        browser.fill("extendedTo", "20").fill("reason", "Records held by another council").press("Save");
        assertThat(browser.text()).contains("Extended to 20 working days");
        expectDue(RECEIVED, 20);
        browser.follow("Record the response");
        browser.choose("outcome-2").choose("findings[0].finding").choose("findings[1].finding-3").choose("remedies")
                .fill("remedyNote[APOLOGY]", "Written apology from the team manager").press("Save");
        assertThat(browser.text()).contains("Partially upheld", "Written apology from the team manager");
        browser.press("Sign out");

        clock.setDate(LocalDate.of(2025, 1, 20));
        signIn(officer);
        browser.open("/cases/" + reference);
        assertThat(browser.text()).contains("The complainant can ask for Stage 2 until "
                + date(calendar.add(LocalDate.of(2025, 1, 6), 20)));
        browser.follow("Record a request for the next stage").press("Save");
        browser.follow("Appoint the investigators");
        browser.fill("officerName", "Ivan Investigator").fill("personName", "Ida Independent").choose("personIndependent")
                .press("Save");
        assertThat(browser.text()).contains("Ivan Investigator", "Not yet agreed: the Stage 2 clock has not started");
        // The statement is sent for agreement (to agree by the council's 10 working days), then agreed.
        browser.follow("Send the statement of complaint for agreement").assertAccessible();
        browser.fill("agreeBy-day", "3").press("Save");
        assertThat(browser.errorSummary()).containsExactly("The date to agree by must include a month and year");
        browser.assertAccessible();
        browser.fill("agreeBy-day", "").press("Save");
        assertThat(browser.text()).contains("Sent for agreement on 20 January 2025, to agree by 3 February 2025");
        browser.assertAccessible();
        clock.setDate(LocalDate.of(2025, 1, 27));
        browser.follow("Record the agreed statement of complaint").assertAccessible();
        browser.fillDate("on", LocalDate.of(2025, 1, 17)).press("Save");
        assertThat(browser.errorSummary()).containsExactly("The statement cannot be agreed before Stage 2 was requested (20 January 2025)");
        browser.assertAccessible();
        browser.fillDate("on", LocalDate.of(2025, 1, 27)).press("Save");
        assertThat(browser.text()).contains("5 working days after the request", "Agreed on 27 January 2025");
        browser.assertAccessible();
        expectDue(LocalDate.of(2025, 1, 27), 25);
        clock.setDate(LocalDate.of(2025, 2, 24));
        browser.follow("Record the investigation report").press("Save");
        browser.follow("Record the adjudication");
        browser.select("adjudicatorId", "Sue Senior " + run).choose("outcome-3").choose("findings[0].finding-3")
                .choose("findings[1].finding-3").press("Save");
        assertThat(browser.text()).contains("Sue Senior " + run);
        browser.follow("Record a request for the next stage").press("Save");
        expectDue(LocalDate.of(2025, 2, 24), 30);
        browser.follow("Appoint the review panel").assertAccessible();
        browser.fill("chair", "Carol Chair").choose("chairIndependent").fill("memberOne", "Pete Panel")
                .choose("memberOneIndependent").fill("memberTwo", "Mo Member").choose("memberTwoIndependent").press("Save");
        clock.setDate(LocalDate.of(2025, 3, 17));
        browser.follow("Record the panel meeting").press("Save");
        expectDue(LocalDate.of(2025, 3, 17), 5);
        browser.follow("Record the panel's report").press("Save");
        expectDue(LocalDate.of(2025, 3, 17), 15);
        browser.follow("Record the authority's response").choose("outcome-3").press("Save");
        assertThat(browser.text()).contains("Met on 17 March 2025");
        browser.press("Sign out");

        signInForTheFirstTime(manager);
        browser.open("/cases/" + reference).follow("Close the case").press("Save");
        assertThat(browser.text()).contains("This case was closed on 17 March 2025", "Case closed");
        browser.assertAccessible();
    }

    private CreatedAccount account(String name, String displayName, Role role, Long teamId) {
        return accounts.create(new NewStaffAccount(name + "-" + run, displayName + " " + run, null, Set.of(role), teamId,
                true));
    }

    /** Signs in with the one-time password and chooses a new one on the real password page. */
    private void signInForTheFirstTime(CreatedAccount account) {
        browser.open("/sign-in").fill("username", account.member().username())
                .fill("password", account.oneTimePassword()).press("Sign in");
        browser.fill("currentPassword", account.oneTimePassword()).fill("newPassword", PASSWORD)
                .fill("confirmPassword", PASSWORD).press("Change password");
        if (account.member().has(Role.COMPLAINTS_MANAGER)) {
            browser.setUpSecondFactor(clock);
        }
        assertThat(browser.text()).contains("Cases");
    }

    private void signIn(CreatedAccount account) {
        browser.open("/sign-in").fill("username", account.member().username()).fill("password", PASSWORD).press("Sign in");
    }

    /** The case page shows the date the calendar gives for this many working days from start. */
    private void expectDue(LocalDate start, int workingDays) {
        LocalDate due = calendar.add(start, workingDays);
        assertThat(browser.text()).contains(due.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.UK) + " " + date(due));
    }

    private static String date(LocalDate date) {
        return date.format(FormProblems.GOVUK_DATE);
    }
}
