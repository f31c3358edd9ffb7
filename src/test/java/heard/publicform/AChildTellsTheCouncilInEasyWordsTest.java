package heard.publicform;

import static heard.publicform.PublicFormFixtures.answer;
import static heard.publicform.PublicFormFixtures.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.Map;

import heard.security.Role;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import heard.testing.Visitor;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The children and young people's version: the same questions in easy words, the advocacy service's
 * contact offered to a child who complains, and the council's own wording from Settings; what is sent
 * waits in the inbox marked as from that version, and the dashboard counts it.
 */
@DatabaseTest
@AutoConfigureMockMvc
class AChildTellsTheCouncilInEasyWordsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    Visitor child;
    Visitor manager;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 3, 2));
        child = new Visitor(mvc);
        manager = new Visitor(mvc, user("clare").authorities(new SimpleGrantedAuthority(Role.COMPLAINTS_MANAGER.authority()),
                new SimpleGrantedAuthority(Role.COMPLAINTS_OFFICER.authority())));
    }

    @AfterEach
    void heardsOwnWordsAgain() {
        jdbc.sql("DELETE FROM public_form_wording").update();
    }

    @Test
    void aChildComplainsInEasyWordsIsOfferedTheAdvocacyServiceAndTheTeamSeesWhichVersionItCameFrom() throws Exception {
        assertThat(manager.post("/settings/public-form", "advocacyContact", "Speak Up, 0800 000 0000", "version",
                String.valueOf(version())).getResponse().getRedirectedUrl()).isEqualTo("/settings/public-form");

        Document start = Visitor.page(child.get("/feedback/young-people"));
        assertThat(start.select("h1").text()).isEqualTo("Tell us what you think");
        assertThat(start.select("#start-complaint").attr("href")).isEqualTo("/feedback/young-people/complaint");
        assertThat(Visitor.page(child.get("/feedback")).select("#young-version").attr("href")).isEqualTo("/feedback/young-people");

        child.get("/feedback/young-people/complaint");
        Document blank = Visitor.page(child.post("/feedback/young-people/complaint/who"));
        assertThat(blank.select(".govuk-error-summary a").eachText()).containsExactly("Pick who you are");
        child.post("/feedback/young-people/complaint/who", "writer", "CHILD");
        Document advocate = Visitor.page(child.get("/feedback/young-people/complaint/advocate"));
        assertThat(advocate.select("h1").text()).isEqualTo("Would you like an advocate?");
        assertThat(advocate.text()).contains("You can talk to an advocate yourself too: Speak Up, 0800 000 0000");
        assertThat(advocate.select("button").text()).isEqualTo("Next");

        String check = answer(child, "/feedback/young-people/complaint", Map.of("advocate", "yes",
                "serviceArea", Question.NOT_SURE, "whatHappened", "My social worker keeps changing",
                "putRight", "Keep the same one", "fromName", "Sam", "replyBy", "PHONE", "phone", "07700 900982"));
        assertThat(Visitor.page(child.get(check)).select("h1").text()).isEqualTo("Check what you told us");
        String reference = send(child, check);
        Document sent = Visitor.page(child.get("/feedback/young-people/complaint/sent"));
        assertThat(sent.select("h1").text()).contains("Thank you, we got it");
        assertThat(sent.select("#next").text()).isEqualTo("Someone will talk to you within 3 working days, by 5 March 2026. "
                + "Say your number if you call us.");

        Document inbox = Visitor.page(manager.get("/from-the-public"));
        assertThat(inbox.select("#waiting tr").eachText()).anyMatch(row -> row.contains(reference)
                && row.contains("Complaint (children and young people's version)") && row.contains("Sam, the child or young person"));
        Document submission = Visitor.page(manager.get("/from-the-public/" + reference));
        assertThat(submission.select("#submission").text()).contains("Wants an advocate Yes", "Phone: 07700 900982");

        Document dashboard = Visitor.page(manager.get("/dashboard"));
        assertThat(Long.parseLong(dashboard.select("#from-the-public-count").text())).isPositive();
        assertThat(dashboard.select("#from-the-public-oldest").text()).startsWith("The oldest was sent on ");
    }

    @Test
    void theCouncilsOwnWordsReplaceHeardsAndAnEmptyBoxBringsHeardsBack() throws Exception {
        String key = "wording:publicform.young.who.heading";
        manager.post("/settings/public-form", "version", String.valueOf(version()), key, "Who is filling this in?");

        child.get("/feedback/young-people/comment");
        assertThat(Visitor.page(child.get("/feedback/young-people/comment/who")).select("h1").text())
                .isEqualTo("Who is filling this in?");
        Document settings = Visitor.page(manager.get("/settings/public-form"));
        assertThat(settings.select("textarea[name='" + key + "']").text()).isEqualTo("Who is filling this in?");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'public-form-settings'")
                .query(Integer.class).single()).isPositive();

        manager.post("/settings/public-form", "version", String.valueOf(version()), key, "  ");
        assertThat(Visitor.page(child.get("/feedback/young-people/comment/who")).select("h1").text())
                .isEqualTo("Who are you?");

        MvcResult tooLong = manager.post("/settings/public-form", "version", String.valueOf(version()), key, "x".repeat(2001));
        assertThat(Visitor.page(tooLong).select(".govuk-error-summary").text())
                .contains("Each message must be 2,000 characters or fewer");
    }

    int version() {
        return jdbc.sql("SELECT version FROM public_form_settings WHERE id = 1").query(Integer.class).single();
    }
}
