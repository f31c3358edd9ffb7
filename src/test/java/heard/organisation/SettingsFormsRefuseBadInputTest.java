package heard.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DatabaseTest
@AutoConfigureMockMvc
class SettingsFormsRefuseBadInputTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organisation organisation;
    @Autowired
    OrganisationSettings settings;
    @Autowired
    TestClock clock;

    static final RequestPostProcessor MANAGER = user("clare").roles("COMPLAINTS_MANAGER");

    @BeforeEach
    void today() {
        clock.setDate(LocalDate.of(2026, 11, 25));
    }

    @Test
    void aBlankServiceAreaNameIsNamedInTheErrorSummaryAndNothingIsAdded() throws Exception {
        int before = organisation.serviceAreas().size();

        Document page = post("/settings/service-areas", "name", "   ");

        assertThat(errorSummary(page)).containsExactly("Enter a name");
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#name");
        assertThat(page.title()).startsWith("Error: ");
        assertThat(organisation.serviceAreas()).hasSize(before);
    }

    @Test
    void aDuplicateTeamNameIsRefusedWhateverItsCase() throws Exception {
        ServiceArea area = settings.addServiceArea("Fostering " + System.nanoTime());
        settings.addTeam(area.id(), "Recruitment " + area.id(), null);
        int before = organisation.teams().size();

        Document page = post("/settings/teams", "serviceAreaId", String.valueOf(area.id()), "name",
                "RECRUITMENT " + area.id(), "openedOn.day", "", "openedOn.month", "", "openedOn.year", "");

        assertThat(errorSummary(page)).singleElement().asString().contains("already used by a team");
        assertThat(organisation.teams()).hasSize(before);
    }

    @Test
    void aTeamWithoutAServiceAreaOrWithAnImpossibleDateIsRefused() throws Exception {
        int before = organisation.teams().size();

        Document noArea = post("/settings/teams", "serviceAreaId", "", "name", "Orphans", "openedOn.day", "",
                "openedOn.month", "", "openedOn.year", "");
        Document badDate = post("/settings/teams", "serviceAreaId", "", "name", "Orphans", "openedOn.day", "31",
                "openedOn.month", "2", "openedOn.year", "2026");

        assertThat(errorSummary(noArea)).containsExactly("Select the service area the team belongs to");
        assertThat(errorSummary(badDate)).containsExactly("The date must be a real date");
        assertThat(organisation.teams()).hasSize(before);
    }

    @Test
    void renamingATeamNeedsTheDateTheNewNameTakesEffect() throws Exception {
        ServiceArea area = settings.addServiceArea("Early Help " + System.nanoTime());
        Team team = settings.addTeam(area.id(), "Family Support " + area.id(), LocalDate.of(2024, 4, 1));

        Document page = post("/settings/teams/" + team.id() + "/rename", "name", "Family Hub " + area.id(),
                "from.day", "", "from.month", "", "from.year", "", "version", String.valueOf(team.version()));

        assertThat(errorSummary(page)).containsExactly("Enter a date");
        assertThat(organisation.team(team.id()).orElseThrow().names()).hasSize(1);
    }

    @Test
    void aCategoryNameAlreadyTakenIsRefused() throws Exception {
        int before = organisation.issueCategories().size();

        Document page = post("/settings/issue-categories", "name", "communication");

        assertThat(errorSummary(page)).containsExactly("There is already a category called communication");
        assertThat(organisation.issueCategories()).hasSize(before);
    }

    @Test
    void aMalformedBankHolidaysFileIsRefusedWithWhatIsWrongAndChangesNothing() throws Exception {
        String before = mvc.perform(get("/settings/calendar").with(MANAGER)).andReturn().getResponse().getContentAsString();

        var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/settings/calendar/bank-holidays")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "bank-holidays.json",
                                "application/json", "{\"scotland\": {}}".getBytes()))
                        .with(MANAGER).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(errorSummary(Jsoup.parse(response))).singleElement().asString().contains("england-and-wales");
        String after = mvc.perform(get("/settings/calendar").with(MANAGER)).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(after).select("details").text()).isEqualTo(Jsoup.parse(before).select("details").text());
    }

    @Test
    void settingsAreClosedToARespondingManager() throws Exception {
        mvc.perform(get("/settings/service-areas").with(user("rita").roles("RESPONDING_MANAGER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/settings/accounts").with(MANAGER)).andExpect(status().isForbidden());
    }

    private Document post(String path, String... fields) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(MANAGER).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    static java.util.List<String> errorSummary(Document page) {
        return page.select(".govuk-error-summary__list li").eachText();
    }
}
