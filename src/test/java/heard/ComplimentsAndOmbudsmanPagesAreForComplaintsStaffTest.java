package heard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;

import heard.casework.CaseReference;
import heard.casework.Channel;
import heard.feedback.FeedbackType;
import heard.feedback.Feedbacks;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import heard.testing.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Compliments, comments, member enquiries and the Ombudsman's cases are complaints officers' work (and
 * complaints managers', whose role includes the officer's): a responding manager cannot open them or
 * change them, and is not shown them in the service navigation.
 */
@DatabaseTest
@AutoConfigureMockMvc
class ComplimentsAndOmbudsmanPagesAreForComplaintsStaffTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Feedbacks feedbacks;
    @Autowired
    TestClock clock;

    CaseReference compliment;

    @BeforeEach
    void aCompliment() {
        clock.setDate(LocalDate.of(2026, 3, 20));
        compliment = feedbacks.log(FeedbackType.COMPLIMENT, LocalDate.of(2026, 3, 19), Channel.EMAIL, null, null, null,
                null, null, List.of(), "Thank you");
    }

    @Test
    void aRespondingManagerIsRefusedEveryPageAndChangesNothing() throws Exception {
        Visitor responder = new Visitor(mvc, user("rita").roles("RESPONDING_MANAGER"));
        long before = feedbacks.count(null);

        for (String path : List.of("/compliments", "/compliments/new", "/compliments/" + compliment,
                "/compliments/" + compliment + "/details", "/ombudsman", "/ombudsman/" + compliment)) {
            assertThat(responder.get(path).getResponse().getStatus()).as(path).isEqualTo(403);
        }
        assertThat(responder.post("/compliments/new", "type", "COMMENT", "receivedOn.day", "20", "receivedOn.month", "3",
                "receivedOn.year", "2026", "channel", "EMAIL", "summary", "Hello").getResponse().getStatus()).isEqualTo(403);
        assertThat(responder.post("/compliments/" + compliment + "/answer", "respondedOn.day", "20",
                "respondedOn.month", "3", "respondedOn.year", "2026", "version", "0").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(responder.post("/compliments/" + compliment + "/quote", "quotable", "true", "version", "0")
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(responder.post("/ombudsman/" + compliment, "referredOn.day", "20", "referredOn.month", "3",
                "referredOn.year", "2026", "version", "-1").getResponse().getStatus()).isEqualTo(403);

        assertThat(feedbacks.count(null)).isEqualTo(before);
        assertThat(feedbacks.find(compliment).orElseThrow().version()).isZero();
        assertThat(Visitor.page(responder.get("/")).select(".govuk-service-navigation__link").eachText())
                .doesNotContain("Compliments and enquiries", "Ombudsman");
    }

    @Test
    void aComplaintsManagerHasTheOfficersPagesThroughTheRoleHierarchy() throws Exception {
        Visitor manager = new Visitor(mvc, user("clare").roles("COMPLAINTS_MANAGER"));

        for (String path : List.of("/compliments", "/compliments/new", "/compliments/" + compliment,
                "/compliments/" + compliment + "/details", "/ombudsman", "/ombudsman/" + compliment)) {
            assertThat(manager.get(path).getResponse().getStatus()).as(path).isEqualTo(200);
        }
        assertThat(Visitor.page(manager.get("/")).select(".govuk-service-navigation__link").eachText())
                .containsSubsequence("Compliments and enquiries", "Ombudsman");
        assertThat(Visitor.page(manager.get("/ombudsman")).select(".govuk-service-navigation__item--active").text())
                .isEqualTo("Ombudsman");
    }

    @Test
    void aComplaintsOfficerSeesBothInTheServiceNavigation() throws Exception {
        Visitor officer = new Visitor(mvc, user("olive").roles("COMPLAINTS_OFFICER"));

        assertThat(Visitor.page(officer.get("/compliments")).select(".govuk-service-navigation__item--active").text())
                .isEqualTo("Compliments and enquiries");
        assertThat(Visitor.page(officer.get("/")).select(".govuk-service-navigation__link").eachText())
                .contains("Compliments and enquiries", "Ombudsman");
    }
}
