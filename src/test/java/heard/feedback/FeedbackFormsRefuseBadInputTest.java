package heard.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import heard.casework.CaseReference;
import heard.casework.Channel;
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

/** Each kind of bad input is named in the error summary, linked to its field, and nothing is saved. */
@DatabaseTest
@AutoConfigureMockMvc
class FeedbackFormsRefuseBadInputTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Feedbacks feedbacks;
    @Autowired
    OrganisationSettings settings;
    @Autowired
    TestClock clock;

    Visitor officer;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 3, 20));
        officer = new Visitor(mvc, user("olive").roles("COMPLAINTS_OFFICER"));
    }

    @Test
    void anEmptyFormNamesEveryAnswerItNeedsInThePagesOrder() throws Exception {
        long before = feedbacks.count(null);

        Document page = log("receivedOn.day", "", "receivedOn.month", "", "receivedOn.year", "");

        assertThat(errorSummary(page)).containsExactly(
                "Select whether it is a compliment, a comment or an MP or councillor enquiry",
                "Enter the date it was received",
                "Select how it reached the council",
                "Enter what they said");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#type", "#receivedOn-day", "#channel", "#summary");
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select("#summary-error").text()).isEqualTo("Error: Enter what they said");
        assertThat(feedbacks.count(null)).isEqualTo(before);
    }

    @Test
    void aComplimentNeedsItsWords() throws Exception {
        assertThat(errorSummary(log(complete("type", "COMPLIMENT", "summary", "  "))))
                .containsExactly("Enter the words of the compliment");
    }

    @Test
    void theDateReceivedMustBeARealDateNotInTheFuture() throws Exception {
        long before = feedbacks.count(null);

        Document incomplete = log(complete("receivedOn.month", ""));
        Document notReal = log(complete("receivedOn.day", "30", "receivedOn.month", "2"));
        Document future = log(complete("receivedOn.day", "21"));

        assertThat(errorSummary(incomplete)).containsExactly("The date received must include a month");
        assertThat(incomplete.select(".govuk-error-summary a").attr("href")).isEqualTo("#receivedOn-month");
        assertThat(errorSummary(notReal)).containsExactly("The date received must be a real date");
        assertThat(errorSummary(future)).containsExactly("The date received must be today or in the past");
        assertThat(future.select(".govuk-error-summary a").attr("href")).isEqualTo("#receivedOn-day");
        // What was typed comes back.
        assertThat(future.select("#receivedOn-day").val()).isEqualTo("21");
        assertThat(future.select("#summary").text()).isEqualTo("Thank you");
        assertThat(feedbacks.count(null)).isEqualTo(before);
    }

    @Test
    void anEnquiryFromAnMpOrCouncillorNeedsTheirNameAndIsFromAnElectedMember() throws Exception {
        long before = feedbacks.count(FeedbackType.MEMBER_ENQUIRY);

        Document page = log(complete("type", "MEMBER_ENQUIRY", "fromName", "", "complainantRole", "PARENT_RELATIVE"));

        assertThat(errorSummary(page)).containsExactly("Enter the name of the MP or councillor",
                "An MP or councillor enquiry comes from an elected member: select Elected member, or log it as a comment");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#fromName", "#complainantRole");
        assertThat(feedbacks.count(FeedbackType.MEMBER_ENQUIRY)).isEqualTo(before);
    }

    @Test
    void aTeamMustBelongToTheServiceAreaChosen() throws Exception {
        ServiceArea fostering = settings.addServiceArea("Fostering " + System.nanoTime());
        ServiceArea adoption = settings.addServiceArea("Adoption " + System.nanoTime());
        Team team = settings.addTeam(adoption.id(), "Matching " + adoption.id(), LocalDate.of(2020, 4, 1));

        Document page = log(complete("serviceAreaId", String.valueOf(fostering.id()), "teamId", String.valueOf(team.id())));

        assertThat(errorSummary(page)).containsExactly("Select a team in the service area chosen, or another service area");
        assertThat(page.select("#teamId option[selected]").val()).isEqualTo(String.valueOf(team.id()));
    }

    @Test
    void wordsLongerThanTheRecordCanHoldAreRefusedNotLost() throws Exception {
        long before = feedbacks.count(null);

        Document page = log(complete("summary", "Thank you. ".repeat(400)));

        assertThat(errorSummary(page)).containsExactly("What they said must be 4,000 characters or fewer");
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#summary");
        assertThat(page.select("#summary").text()).startsWith("Thank you. Thank you.");
        assertThat(feedbacks.count(null)).isEqualTo(before);
    }

    @Test
    void anAnswerDateMustBeRealAndBetweenReceiptAndToday() throws Exception {
        CaseReference reference = aComment();
        String path = "/compliments/" + reference + "/answer";

        assertThat(errorSummary(post(path, "respondedOn.day", "", "respondedOn.month", "", "respondedOn.year", "",
                "version", "0"))).containsExactly("Enter the date it was answered");
        assertThat(errorSummary(post(path, "respondedOn.day", "32", "respondedOn.month", "3", "respondedOn.year", "2026",
                "version", "0"))).containsExactly("The date answered must be a real date");
        assertThat(errorSummary(post(path, "respondedOn.day", "23", "respondedOn.month", "3", "respondedOn.year", "2026",
                "version", "0"))).containsExactly("The date answered must be today or in the past");
        Document early = post(path, "respondedOn.day", "9", "respondedOn.month", "3", "respondedOn.year", "2026",
                "version", "0");
        assertThat(errorSummary(early))
                .containsExactly("The date answered must be on or after the date it was received (16 March 2026)");
        assertThat(early.select(".govuk-error-summary a").attr("href")).isEqualTo("#respondedOn-day");
        assertThat(feedbacks.find(reference).orElseThrow().record().respondedOn()).isNull();
    }

    @Test
    void theAnnualReportQuestionNeedsAnAnswer() throws Exception {
        CaseReference reference = feedbacks.log(FeedbackType.COMPLIMENT, LocalDate.of(2026, 3, 16), Channel.EMAIL,
                null, null, null, null, null, List.of(), "Thank you");

        Document page = post("/compliments/" + reference + "/quote", "version", "0");

        assertThat(errorSummary(page)).containsExactly("Select yes if the annual report should quote this compliment");
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#quotable");
        assertThat(feedbacks.find(reference).orElseThrow().version()).isZero();
    }

    @Test
    void aChangeMadeMeanwhileIsRefusedAndThePageShowsTheRecordAsItIsNow() throws Exception {
        CaseReference reference = aComment();
        feedbacks.answer(reference, 0, LocalDate.of(2026, 3, 17));

        Document page = post("/compliments/" + reference + "/answer", "respondedOn.day", "19", "respondedOn.month", "3",
                "respondedOn.year", "2026", "version", "0");

        assertThat(errorSummary(page)).containsExactly("Someone else changed this record while you were editing it. "
                + "Your changes have not been saved. Check the record as it is now and make your changes again.");
        assertThat(page.title()).startsWith("Error: ");
        assertThat(feedbacks.find(reference).orElseThrow().record().respondedOn()).isEqualTo(LocalDate.of(2026, 3, 17));
        // The form now carries the record as it is, so that a second try is not refused again.
        assertThat(page.select("form[action$=/answer] input[name=version]").val()).isEqualTo("1");
        assertThat(page.select("#respondedOn-day").val()).isEqualTo("17");
        assertThat(OfficerLogsComplimentsCommentsAndEnquiriesTest.summary(page)).contains("Answered 17 March 2026");
    }

    @Test
    void aRecordThatDoesNotExistIsNotFound() throws Exception {
        assertThat(officer.get("/compliments/CSC-1999-9999").getResponse().getStatus()).isEqualTo(404);
        assertThat(officer.get("/compliments/" + "X".repeat(60)).getResponse().getStatus()).isEqualTo(404);
    }

    private CaseReference aComment() {
        return feedbacks.log(FeedbackType.COMMENT, LocalDate.of(2026, 3, 16), Channel.TELEPHONE, null, null, null, null,
                null, List.of(), "The office was hard to find");
    }

    /** A comment the form would take, with some answers changed. */
    private static String[] complete(String... changes) {
        List<String> fields = new ArrayList<>(Arrays.asList("type", "COMMENT", "receivedOn.day", "20", "receivedOn.month",
                "3", "receivedOn.year", "2026", "channel", "EMAIL", "fromName", "Pat Parent", "complainantRole", "",
                "fromContact", "", "serviceAreaId", "", "teamId", "", "summary", "Thank you"));
        for (int i = 0; i < changes.length; i += 2) {
            int at = fields.indexOf(changes[i]);
            fields.set(at + 1, changes[i + 1]);
        }
        return fields.toArray(String[]::new);
    }

    private Document log(String... fields) throws Exception {
        return post("/compliments/new", fields);
    }

    private Document post(String path, String... fields) throws Exception {
        MvcResult result = officer.post(path, fields);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Visitor.page(result);
    }

    static List<String> errorSummary(Document page) {
        return page.select(".govuk-error-summary__list li").eachText();
    }
}
