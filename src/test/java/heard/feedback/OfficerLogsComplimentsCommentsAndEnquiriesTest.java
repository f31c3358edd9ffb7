package heard.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;

import heard.casework.CaseReference;
import heard.casework.Channel;
import heard.casework.ComplainantRole;
import heard.organisation.IssueCategory;
import heard.organisation.Organisation;
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

/** The happy paths: log each kind, find it in the list, answer it, choose a compliment for the annual report. */
@DatabaseTest
@AutoConfigureMockMvc
class OfficerLogsComplimentsCommentsAndEnquiriesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Feedbacks feedbacks;
    @Autowired
    Organisation organisation;
    @Autowired
    OrganisationSettings settings;
    @Autowired
    TestClock clock;

    Visitor officer;
    ServiceArea area;
    Team team;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 3, 20));
        officer = new Visitor(mvc, user("olive").roles("COMPLAINTS_OFFICER"));
        area = settings.addServiceArea("Fostering " + System.nanoTime());
        team = settings.addTeam(area.id(), "Recruitment " + area.id(), LocalDate.of(2020, 4, 1));
    }

    @Test
    void aComplimentIsLoggedWithEverythingThePageAsksAndShownOnItsPage() throws Exception {
        IssueCategory communication = organisation.issueCategoryNamed("communication").orElseThrow();

        MvcResult logged = officer.post("/compliments/new", "type", "COMPLIMENT", "receivedOn.day", "18",
                "receivedOn.month", "3", "receivedOn.year", "2026", "channel", "EMAIL", "fromName", "Pat Parent",
                "complainantRole", "FOSTER_CARER", "fromContact", "pat@example.org", "serviceAreaId", "",
                "teamId", String.valueOf(team.id()), "issueIds", String.valueOf(communication.id()),
                "summary", "Sam's social worker listened.\nThank you.");

        String path = logged.getResponse().getRedirectedUrl();
        assertThat(path).matches("/compliments/CSC-2026-\\d{4}");
        CaseReference reference = new CaseReference(path.substring("/compliments/".length()));
        FeedbackRecord saved = feedbacks.find(reference).orElseThrow().record();
        assertThat(saved.type()).isEqualTo(FeedbackType.COMPLIMENT);
        assertThat(saved.receivedOn()).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(saved.channel()).isEqualTo(Channel.EMAIL);
        assertThat(saved.complainantRole()).isEqualTo(ComplainantRole.FOSTER_CARER);
        assertThat(saved.fromContact()).isEqualTo("pat@example.org");
        // A team chosen without its service area brings its area.
        assertThat(saved.serviceAreaId()).isEqualTo(area.id());
        assertThat(saved.teamId()).isEqualTo(team.id());
        assertThat(saved.issueIds()).containsExactly(communication.id());

        Document page = Visitor.page(officer.get(path));
        assertThat(page.select(".govuk-notification-banner").text()).contains("Compliment " + reference + " logged.");
        assertThat(page.select("h1").text()).isEqualTo(reference.value());
        assertThat(summary(page)).contains("Date received 18 March 2026", "How did it reach the council? Email",
                "Name Pat Parent", "Who they are Foster carer", "Service area " + area.name(),
                "Team " + team.nameOn(clock.today()), "Issue categories " + communication.name(),
                "Their words, or a summary Sam's social worker listened. Thank you.", "Answered Not yet answered",
                "Quoted in the annual report No");
        assertThat(page.select(".govuk-summary-list__value br")).hasSize(1);
    }

    @Test
    void anEnquiryFromAnMpIsFromAnElectedMemberAndCommentsNeedNoName() throws Exception {
        String enquiry = officer.post("/compliments/new", "type", "MEMBER_ENQUIRY", "receivedOn.day", "20",
                "receivedOn.month", "3", "receivedOn.year", "2026", "channel", "LETTER", "fromName", "Jo Member MP",
                "complainantRole", "", "summary", "Asks why a constituent's assessment is late").getResponse()
                .getRedirectedUrl();
        String comment = officer.post("/compliments/new", "type", "COMMENT", "receivedOn.day", "20",
                "receivedOn.month", "3", "receivedOn.year", "2026", "channel", "WEB_FORM",
                "summary", "The waiting room needs toys").getResponse().getRedirectedUrl();

        FeedbackRecord member = feedbacks.find(new CaseReference(enquiry.substring(13))).orElseThrow().record();
        assertThat(member.complainantRole()).isEqualTo(ComplainantRole.ELECTED_MEMBER);
        assertThat(member.fromName()).isEqualTo("Jo Member MP");
        FeedbackRecord anonymous = feedbacks.find(new CaseReference(comment.substring(13))).orElseThrow().record();
        assertThat(anonymous.fromName()).isNull();
        assertThat(anonymous.type()).isEqualTo(FeedbackType.COMMENT);

        Document page = Visitor.page(officer.get(enquiry));
        assertThat(page.select(".govuk-notification-banner").text()).contains("MP or councillor enquiry");
        assertThat(summary(page)).contains("Who they are Elected member", "Answer due 27 March 2026");
        // Only a compliment can be quoted.
        assertThat(page.select("form[action$=/quote]")).isEmpty();
    }

    @Test
    void theListShowsTheNewestFirstAKindAtATimeAndAPageAtATime() throws Exception {
        clock.setDate(LocalDate.of(2027, 6, 30));
        for (int day = 1; day <= 27; day++) {
            feedbacks.log(FeedbackType.COMPLIMENT, LocalDate.of(2027, 6, day), Channel.EMAIL, null, "Person " + day,
                    null, area.id(), team.id(), List.of(), "Thank you " + day);
        }
        CaseReference enquiry = feedbacks.log(FeedbackType.MEMBER_ENQUIRY, LocalDate.of(2027, 6, 28), Channel.EMAIL,
                ComplainantRole.ELECTED_MEMBER, "Cllr Ward", null, null, null, List.of(), "About a placement");

        Document all = Visitor.page(officer.get("/compliments"));
        assertThat(all.select("tbody tr").first().select("td").stream().map(td -> td.text()).toList())
                .containsExactly(enquiry.value(), "MP or councillor enquiry", "28 Jun 2027", "", "Cllr Ward Elected member",
                        "Due 5 Jul 2027");
        assertThat(all.select("#type").attr("checked")).isEqualTo("checked");

        Document compliments = Visitor.page(officer.get("/compliments", "type", "COMPLIMENT"));
        assertThat(compliments.select("tbody tr")).hasSize(FeedbackController.PAGE_SIZE);
        assertThat(compliments.select("tbody tr td:nth-child(2)").eachText()).containsOnly("Compliment");
        assertThat(compliments.select("tbody tr").first().text()).contains("27 Jun 2027", "Person 27",
                team.nameOn(clock.today()), "Not yet answered");
        assertThat(compliments.select("input[name=type][value=COMPLIMENT]").attr("checked")).isEqualTo("checked");
        String next = compliments.select(".govuk-pagination__next a").attr("href");
        assertThat(next).isEqualTo("/compliments?type=COMPLIMENT&page=2");

        Document second = Visitor.page(officer.get("/compliments", "type", "COMPLIMENT", "page", "2"));
        assertThat(second.select("tbody tr").first().text()).contains("Person 2");
        assertThat(second.select(".govuk-pagination__item--current").text()).isEqualTo("2");
        assertThat(second.select(".govuk-pagination__prev a").attr("href")).isEqualTo("/compliments?type=COMPLIMENT&page=1");
    }

    @Test
    void theAnswerIsRecordedAndAComplimentChosenForTheAnnualReport() throws Exception {
        CaseReference reference = feedbacks.log(FeedbackType.COMPLIMENT, LocalDate.of(2026, 3, 16), Channel.EMAIL,
                null, null, null, null, null, List.of(), "Brilliant support from the team");
        String path = "/compliments/" + reference;

        assertThat(officer.post(path + "/answer", "respondedOn.day", "19", "respondedOn.month", "3",
                "respondedOn.year", "2026", "version", "0").getResponse().getRedirectedUrl()).isEqualTo(path);
        assertThat(Visitor.page(officer.get(path)).select(".govuk-notification-banner").text())
                .contains("The date " + reference + " was answered is saved.");
        assertThat(officer.post(path + "/quote", "quotable", "true", "version", "1").getResponse().getRedirectedUrl())
                .isEqualTo(path);

        FeedbackRecord saved = feedbacks.find(reference).orElseThrow().record();
        assertThat(saved.respondedOn()).isEqualTo(LocalDate.of(2026, 3, 19));
        assertThat(saved.quotable()).isTrue();
        Document page = Visitor.page(officer.get(path));
        assertThat(page.select(".govuk-notification-banner").text()).contains("The annual report will quote compliment");
        assertThat(summary(page)).contains("Answered 19 March 2026", "Quoted in the annual report Yes");
        assertThat(page.select("#feedbackAnswer h2, h2").eachText()).contains("Change the date answered");
        assertThat(page.select("#respondedOn-day").val()).isEqualTo("19");
        assertThat(page.select("input[name=quotable][value=true]").attr("checked")).isEqualTo("checked");
    }

    static List<String> summary(Document page) {
        return page.select(".govuk-summary-list__row").eachText();
    }
}
