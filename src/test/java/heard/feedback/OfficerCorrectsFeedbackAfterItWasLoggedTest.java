package heard.feedback;

import static heard.feedback.FeedbackFormsRefuseBadInputTest.errorSummary;
import static heard.feedback.OfficerLogsComplimentsCommentsAndEnquiriesTest.summary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import heard.audit.AuditEvent;
import heard.audit.AuditTrail;
import heard.casework.CaseReference;
import heard.casework.Channel;
import heard.casework.ComplainantRole;
import heard.organisation.OrganisationSettings;
import heard.organisation.ServiceArea;
import heard.organisation.Team;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import heard.testing.Visitor;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A compliment, comment or enquiry logged with a wrong team, date or words is corrected on a page with
 * the fields of logging one: checked as logging checks them, audited, and refused when stale.
 */
@DatabaseTest
@AutoConfigureMockMvc
class OfficerCorrectsFeedbackAfterItWasLoggedTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Feedbacks feedbacks;
    @Autowired
    AuditTrail audit;
    @Autowired
    OrganisationSettings settings;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestClock clock;

    Visitor officer;
    ServiceArea fostering;
    Team recruitment;
    Team assessment;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 3, 20));
        officer = new Visitor(mvc, user("olive").roles("COMPLAINTS_OFFICER"));
        fostering = settings.addServiceArea("Fostering " + System.nanoTime());
        recruitment = settings.addTeam(fostering.id(), "Recruitment " + fostering.id(), LocalDate.of(2020, 4, 1));
        assessment = settings.addTeam(fostering.id(), "Assessment " + fostering.id(), LocalDate.of(2020, 4, 1));
    }

    @Test
    void theTeamAndWordsCorrectedShowOnTheRecordAndInTheAuditTrailWithBeforeAndAfter() throws Exception {
        CaseReference reference = aCompliment();
        String path = "/compliments/" + reference;

        Document record = Visitor.page(officer.get(path));
        assertThat(record.select(".govuk-summary-card__title").text()).isEqualTo("The compliment");
        assertThat(record.select(".govuk-summary-card__actions a").attr("href")).isEqualTo(path + "/details");
        assertThat(record.select(".govuk-summary-card__actions a").text()).isEqualTo("Change the details (The compliment)");
        assertThat(record.select(".govuk-summary-card__actions .govuk-visually-hidden").text())
                .isEqualTo("the details (The compliment)");

        Document form = Visitor.page(officer.get(path + "/details"));
        assertThat(form.select("h1").text()).isEqualTo("Correct the details");
        assertThat(form.select("input[name=type][checked]").val()).isEqualTo("COMPLIMENT");
        assertThat(form.select("#receivedOn-day").val()).isEqualTo("16");
        assertThat(form.select("input[name=channel][checked]").val()).isEqualTo("EMAIL");
        assertThat(form.select("#fromName").val()).isEqualTo("Pat Parent");
        assertThat(form.select("#teamId option[selected]").val()).isEqualTo(String.valueOf(recruitment.id()));
        assertThat(form.select("#summary").text()).isEqualTo("Thank you to the team");
        assertThat(form.select("input[type=hidden][name=version]").val()).isEqualTo("0");

        MvcResult saved = officer.post(path + "/details", fields("teamId", String.valueOf(assessment.id()),
                "summary", "Thank you to the assessing social worker"));

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(path);
        Document after = Visitor.page(officer.get(path));
        assertThat(after.select(".govuk-notification-banner").text())
                .contains("The details of " + reference + " are corrected.");
        assertThat(summary(after)).contains("Team " + assessment.nameOn(clock.today()),
                "Their words, or a summary Thank you to the assessing social worker", "Name Pat Parent");
        FeedbackRecord now = feedbacks.find(reference).orElseThrow().record();
        assertThat(now.teamId()).isEqualTo(assessment.id());
        assertThat(now.serviceAreaId()).isEqualTo(fostering.id());

        AuditEvent corrected = audit.history(Feedbacks.subject(reference)).stream()
                .filter(e -> e.action().equals("details corrected")).findFirst().orElseThrow();
        assertThat(corrected.actor()).isEqualTo("olive");
        assertThat(corrected.before()).contains("\"teamId\":" + recruitment.id(), "Thank you to the team");
        assertThat(corrected.after()).contains("\"teamId\":" + assessment.id(), "Thank you to the assessing social worker");
    }

    @Test
    void aBlankOrFutureDateAndATeamFromAnotherServiceAreaAreNamedAndChangeNothing() throws Exception {
        CaseReference reference = aCompliment();
        ServiceArea adoption = settings.addServiceArea("Adoption " + System.nanoTime());
        Team matching = settings.addTeam(adoption.id(), "Matching " + adoption.id(), LocalDate.of(2020, 4, 1));
        String path = "/compliments/" + reference + "/details";

        Document blank = refused(path, fields("receivedOn.day", "", "receivedOn.month", "", "receivedOn.year", ""));
        Document future = refused(path, fields("receivedOn.day", "21"));
        Document elsewhere = refused(path, fields("serviceAreaId", String.valueOf(fostering.id()),
                "teamId", String.valueOf(matching.id())));

        assertThat(errorSummary(blank)).containsExactly("Enter the date it was received");
        assertThat(blank.select(".govuk-error-summary a").attr("href")).isEqualTo("#receivedOn-day");
        assertThat(errorSummary(future)).containsExactly("The date received must be today or in the past");
        assertThat(future.select("#receivedOn-day").val()).isEqualTo("21");
        assertThat(errorSummary(elsewhere))
                .containsExactly("Select a team in the service area chosen, or another service area");
        assertThat(elsewhere.select(".govuk-error-summary a").attr("href")).isEqualTo("#teamId");
        assertThat(elsewhere.title()).startsWith("Error: ");
        assertUnchanged(reference);
    }

    @Test
    void aCorrectionMadeOnAStalePageIsRefusedAndChangesNothing() throws Exception {
        CaseReference reference = aCompliment();
        String path = "/compliments/" + reference + "/details";
        Document stalePage = Visitor.page(officer.get(path));
        feedbacks.quote(reference, 0, true);

        Document page = refused(path, fields("teamId", String.valueOf(assessment.id()),
                "version", stalePage.select("input[name=version]").val()));

        assertThat(errorSummary(page)).containsExactly("Someone else changed this record while you were editing it. "
                + "Your changes have not been saved. Check the record as it is now and make your changes again.");
        Feedbacks.Versioned now = feedbacks.find(reference).orElseThrow();
        assertThat(now.record().teamId()).isEqualTo(recruitment.id());
        assertThat(now.record().quotable()).isTrue();
        // The form now carries the record as it is, so that a second try is not refused again.
        assertThat(page.select("input[name=version]").val()).isEqualTo("1");
        assertThat(page.select("#teamId option[selected]").val()).isEqualTo(String.valueOf(recruitment.id()));
    }

    @Test
    void anAnsweredEnquiryCannotBeCorrectedToHaveArrivedAfterItsAnswer() throws Exception {
        CaseReference reference = feedbacks.log(FeedbackType.MEMBER_ENQUIRY, LocalDate.of(2026, 3, 10), Channel.LETTER,
                ComplainantRole.ELECTED_MEMBER, "Jo Member MP", null, null, null, List.of(), "About a placement");
        feedbacks.answer(reference, 0, LocalDate.of(2026, 3, 13));
        String path = "/compliments/" + reference + "/details";

        Document page = refused(path, "type", "MEMBER_ENQUIRY", "receivedOn.day", "16", "receivedOn.month", "3",
                "receivedOn.year", "2026", "channel", "LETTER", "fromName", "Jo Member MP",
                "complainantRole", "ELECTED_MEMBER", "summary", "About a placement", "version", "1");

        assertThat(errorSummary(page))
                .containsExactly("The date received must be on or before the date it was answered (13 March 2026)");
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#receivedOn-day");
        assertThat(feedbacks.find(reference).orElseThrow().record().receivedOn()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void anImportedComplimentCorrectedToACommentKeepsWhereItCameFromAndIsNoLongerQuoted() throws Exception {
        CaseReference reference = new CaseReference("OLD/2019/" + System.nanoTime() % 100000);
        FeedbackRecord imported = FeedbackRecord.logged(reference, FeedbackType.COMPLIMENT, LocalDate.of(2019, 5, 2),
                Channel.EMAIL, null, null, null, null, null, List.of(), "Lovely foster carers").quoted(true);
        transactions.executeWithoutResult(status -> feedbacks.add(List.of(imported), "old-log.xlsx"));
        String path = FeedbackRecordController.path(reference);
        assertThat(path).contains("%2F");

        // As a browser sends it: the reference one segment, its slashes %2F (a template would encode the % again).
        MvcResult saved = officer.perform(post(URI.create(path + "/details")).with(csrf()), "type", "COMMENT", "receivedOn.day", "2", "receivedOn.month",
                "5", "receivedOn.year", "2019", "channel", "EMAIL", "teamId", String.valueOf(recruitment.id()),
                "summary", "Lovely foster carers", "version", "0");

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(path);
        Feedbacks.Versioned now = feedbacks.find(reference).orElseThrow();
        assertThat(now.record().type()).isEqualTo(FeedbackType.COMMENT);
        assertThat(now.record().teamId()).isEqualTo(recruitment.id());
        assertThat(now.record().quotable()).isFalse();
        assertThat(now.importedFrom()).isEqualTo("old-log.xlsx");
        assertThat(summary(Visitor.page(officer.perform(get(URI.create(path)))))).contains("Imported from old-log.xlsx");
    }

    @Test
    void someoneWhoMayNotLogFeedbackMayNotCorrectIt() throws Exception {
        CaseReference reference = aCompliment();
        Visitor manager = new Visitor(mvc, user("rosa").roles("RESPONDING_MANAGER"));
        String path = "/compliments/" + reference + "/details";

        assertThat(manager.get(path).getResponse().getStatus()).isEqualTo(403);
        assertThat(manager.post(path, fields("teamId", String.valueOf(assessment.id()))).getResponse().getStatus())
                .isEqualTo(403);
        assertUnchanged(reference);
    }

    private CaseReference aCompliment() {
        return feedbacks.log(FeedbackType.COMPLIMENT, LocalDate.of(2026, 3, 16), Channel.EMAIL, null, "Pat Parent", null,
                fostering.id(), recruitment.id(), List.of(), "Thank you to the team");
    }

    private void assertUnchanged(CaseReference reference) {
        Feedbacks.Versioned now = feedbacks.find(reference).orElseThrow();
        assertThat(now.version()).isZero();
        assertThat(now.record().receivedOn()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(now.record().teamId()).isEqualTo(recruitment.id());
    }

    /** The compliment as the correction page shows it, with some answers changed. */
    private String[] fields(String... changes) {
        List<String> fields = new ArrayList<>(Arrays.asList("type", "COMPLIMENT", "receivedOn.day", "16",
                "receivedOn.month", "3", "receivedOn.year", "2026", "channel", "EMAIL", "fromName", "Pat Parent",
                "complainantRole", "", "fromContact", "", "serviceAreaId", String.valueOf(fostering.id()),
                "teamId", String.valueOf(recruitment.id()), "summary", "Thank you to the team", "version", "0"));
        for (int i = 0; i < changes.length; i += 2) {
            fields.set(fields.indexOf(changes[i]) + 1, changes[i + 1]);
        }
        return fields.toArray(String[]::new);
    }

    private Document refused(String path, String... fields) throws Exception {
        MvcResult result = officer.post(path, fields);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Visitor.page(result);
    }
}
