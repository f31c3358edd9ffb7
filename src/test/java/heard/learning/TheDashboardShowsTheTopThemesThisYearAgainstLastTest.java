package heard.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import heard.casework.CaseReference;
import heard.casework.Casework;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.testing.DatabaseTest;
import heard.testing.SignedIn;
import heard.testing.TestClock;
import heard.testing.Visitor;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The complaints manager adds a theme; an officer tags two cases of this year with it, one directly and one through a
 * lesson, and a case of last year directly; the dashboard counts the theme's cases this year and last.
 */
@DatabaseTest
@AutoConfigureMockMvc
class TheDashboardShowsTheTopThemesThisYearAgainstLastTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Learning learning;
    @Autowired
    Casework casework;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    TestClock clock;

    @Test
    void aThemeIsCountedByTheCasesItTagsEachYear() throws Exception {
        clock.setDate(LocalDate.of(2026, 6, 10));
        String manager = LearningFixtures.aMember(accounts, "Mo Manager", Role.COMPLAINTS_MANAGER).member().username();
        String officer = LearningFixtures.aMember(accounts, "Olive Officer", Role.COMPLAINTS_OFFICER).member().username();
        String name = "Missed visits " + UUID.randomUUID().toString().substring(0, 6);
        Theme theme = SignedIn.as(manager, () -> learning.addTheme(name));
        CaseReference lastYear = LearningFixtures.aComplaint(casework, officer, LocalDate.of(2025, 10, 1));
        CaseReference tagged = LearningFixtures.aComplaint(casework, officer, LocalDate.of(2026, 5, 4));
        CaseReference throughALesson = LearningFixtures.aComplaint(casework, officer, LocalDate.of(2026, 5, 5));

        Visitor olive = new Visitor(mvc, user(officer).roles("COMPLAINTS_OFFICER"));
        for (CaseReference ref : List.of(lastYear, tagged)) {
            assertThat(olive.post("/learning/cases/" + ref + "/themes", "themeIds", String.valueOf(theme.id()))
                    .getResponse().getRedirectedUrl()).isEqualTo("/cases/" + ref);
        }
        SignedIn.as(officer, () -> learning.recordLesson(new NewLesson("Visits were missed", theme.id(), null, null,
                List.of(throughALesson.value(), tagged.value()))));
        assertThat(learning.caseThemes(tagged)).containsExactly(theme.id());

        Document dashboard = Visitor.page(olive.get("/dashboard"));
        Element row = dashboard.select("#table-top-themes tbody tr").stream()
                .filter(r -> r.text().startsWith(name)).findFirst().orElseThrow();
        assertThat(row.select("td, th").eachText()).containsExactly(name, "2", "1");
        assertThat(dashboard.select("#table-top-themes thead").text()).contains("Cases 2026/27 so far", "Cases 2025/26");
    }
}
