package heard.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;

import heard.casework.CaseReference;
import heard.casework.Channel;
import heard.casework.ComplainantRole;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import heard.testing.Visitor;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An MP's enquiry received on the Thursday before Easter 2026 is due five working days later: Good
 * Friday and Easter Monday are bank holidays, so Monday 13 April, not Thursday 9 April.
 */
@DatabaseTest
@AutoConfigureMockMvc
class MemberEnquiryIsDueFiveWorkingDaysLaterTest {

    static final LocalDate MAUNDY_THURSDAY = LocalDate.of(2026, 4, 2);
    static final LocalDate DUE = LocalDate.of(2026, 4, 13);

    @Autowired
    MockMvc mvc;
    @Autowired
    Feedbacks feedbacks;
    @Autowired
    TestClock clock;

    Visitor officer;
    CaseReference enquiry;

    @BeforeEach
    void anEnquiryBeforeEaster() {
        clock.setDate(MAUNDY_THURSDAY);
        officer = new Visitor(mvc, user("olive").roles("COMPLAINTS_OFFICER"));
        enquiry = feedbacks.log(FeedbackType.MEMBER_ENQUIRY, MAUNDY_THURSDAY, Channel.EMAIL,
                ComplainantRole.ELECTED_MEMBER, "Cllr Easter " + System.nanoTime(), null, null, null, List.of(),
                "Asks about respite care");
    }

    @Test
    void itIsDueOnTheMondayAfterTheWeekAfterEasterAndNotYetOverdueThatDay() throws Exception {
        clock.setDate(DUE);

        assertThat(feedbacks.answerDue(record()).orElseThrow().dueOn()).isEqualTo(DUE);
        Document list = Visitor.page(officer.get("/compliments", "type", "MEMBER_ENQUIRY"));
        assertThat(row(list).text()).endsWith("Due 13 Apr 2026");
        assertThat(row(list).select(".govuk-tag")).isEmpty();
        Document page = Visitor.page(officer.get("/compliments/" + enquiry));
        assertThat(OfficerLogsComplimentsCommentsAndEnquiriesTest.summary(page)).contains("Answer due 13 April 2026");
        assertThat(page.select(".govuk-warning-text")).isEmpty();
    }

    @Test
    void theNextDayItIsOverdue() throws Exception {
        clock.setDate(DUE.plusDays(1));

        Document list = Visitor.page(officer.get("/compliments", "type", "MEMBER_ENQUIRY"));
        assertThat(row(list).select(".govuk-tag--red").text()).isEqualTo("Overdue");
        Document page = Visitor.page(officer.get("/compliments/" + enquiry));
        assertThat(page.select(".govuk-warning-text").text())
                .contains("This enquiry is overdue: the answer was due on 13 April 2026");
        assertThat(OfficerLogsComplimentsCommentsAndEnquiriesTest.summary(page)).contains("Answer due 13 April 2026 Overdue");
    }

    @Test
    void answeredLateItIsNoLongerOverdueButShownAsLate() throws Exception {
        clock.setDate(DUE.plusDays(2));
        feedbacks.answer(enquiry, 0, DUE.plusDays(1));

        Document list = Visitor.page(officer.get("/compliments", "type", "MEMBER_ENQUIRY"));
        assertThat(row(list).text()).endsWith("14 Apr 2026");
        Document page = Visitor.page(officer.get("/compliments/" + enquiry));
        assertThat(page.select(".govuk-warning-text")).isEmpty();
        assertThat(OfficerLogsComplimentsCommentsAndEnquiriesTest.summary(page))
                .contains("Answered 14 April 2026", "Answer due 13 April 2026 Answered late");
    }

    private FeedbackRecord record() {
        return feedbacks.find(enquiry).orElseThrow().record();
    }

    private Element row(Document list) {
        return list.select("tbody tr").stream().filter(tr -> tr.text().contains(enquiry.value())).findFirst().orElseThrow();
    }
}
