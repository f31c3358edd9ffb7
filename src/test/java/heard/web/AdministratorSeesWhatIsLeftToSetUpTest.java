package heard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import heard.organisation.Council;
import heard.organisation.OrganisationSettings;
import heard.organisation.ServiceArea;
import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Settings page is a task list: a new council's administrator sees which sections still need setting up,
 * and each section's status follows what has been set. A context of its own, so that it starts from an empty Heard.
 */
@DatabaseTest(properties = "heard.test.context=settings-task-list")
@AutoConfigureMockMvc
class AdministratorSeesWhatIsLeftToSetUpTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    TestClock clock;

    @Test
    void aNewHeardListsWhatIsMissingAndEachSectionIsCompletedOnceSetUp() throws Exception {
        clock.setDate(LocalDate.of(2026, 11, 25));

        Document fresh = settingsPage();
        assertThat(statuses(fresh)).containsExactly(
                Map.entry("Council details", "Incomplete"),
                Map.entry("Service areas and teams", "Incomplete"),
                Map.entry("Issue categories", "Completed"),
                Map.entry("Staff accounts", "Incomplete"),
                Map.entry("Second factor", "Optional"),
                Map.entry("Bank holidays and closure days", "Completed"),
                Map.entry("Complaints settings", "Optional"),
                Map.entry("Reporting", "Optional"),
                Map.entry("Historical totals", "Optional"),
                Map.entry("Email and reminders", "Incomplete"),
                Map.entry("Letter and email templates", "Optional"),
                Map.entry("The public form", "Incomplete"),
                Map.entry("Retention periods", "Optional"),
                Map.entry("Retention review", "Optional"),
                Map.entry("Subject access and erasure requests", "Optional"),
                Map.entry("Sample data", "Optional"));
        assertThat(fresh.select("h1 + p").text()).isEqualTo(
                "5 sections still need setting up before complaints can be recorded in full.");
        assertThat(hint(fresh, "Council details")).endsWith(
                "Not set yet: pages and reports call the council “Your council” until it is.");
        assertThat(hint(fresh, "Service areas and teams")).endsWith("No service areas and no teams open.");
        assertThat(hint(fresh, "Bank holidays and closure days")).endsWith("Bank holidays known to 31 December 2027.");
        assertThat(fresh.select(".govuk-task-list__status .govuk-tag--blue")).hasSize(5);

        organisation.saveCouncil(new Council("Northshire County Council", "complaints@northshire.example", null, null,
                0));
        ServiceArea area = organisation.addServiceArea("Children in Care");
        organisation.addTeam(area.id(), "Fostering North", null);
        accounts.create(new NewStaffAccount("rita.responder", "Rita Responder", null, Set.of(Role.RESPONDING_MANAGER),
                null, true));
        mvc.perform(post("/settings/public-form").with(csrf()).with(user("ada").roles("ADMINISTRATOR", "COMPLAINTS_MANAGER"))
                .param("advocacyContact", "Coram Voice, 0808 800 5792").param("version", "0"));
        mvc.perform(post("/settings/notifications").with(csrf()).with(user("ada").roles("ADMINISTRATOR", "COMPLAINTS_MANAGER"))
                .param("channel", "SMTP").param("smtpFrom", "complaints@northshire.example").param("maxAttempts", "10")
                .param("version", "0"));

        Document done = settingsPage();
        assertThat(statuses(done)).containsEntry("Council details", "Completed")
                .containsEntry("Service areas and teams", "Completed").containsEntry("Staff accounts", "Completed")
                .doesNotContainValue("Incomplete");
        assertThat(hint(done, "Service areas and teams")).endsWith("1 service area and 1 team open.");
        assertThat(hint(fresh, "Staff accounts")).endsWith("1 complaints manager, no complaints officers and no responding managers yet.");
        assertThat(hint(done, "Staff accounts")).endsWith("1 complaints manager, no complaints officers and 1 responding manager.");
        assertThat(done.select("h1 + p").text()).startsWith("Everything Heard needs is set up.");
    }

    @Test
    void theCalendarAsksForANewerBankHolidaysFileSixMonthsBeforeItEnds() throws Exception {
        clock.setDate(LocalDate.of(2027, 7, 1));

        Document page = settingsPage();

        assertThat(statuses(page)).containsEntry("Bank holidays and closure days", "Incomplete");
        assertThat(hint(page, "Bank holidays and closure days")).endsWith(
                "Bank holidays known only to 31 December 2027: upload the newest file from GOV.UK so that deadlines "
                        + "after it can be worked out.");
    }

    private Document settingsPage() throws Exception {
        String html = mvc.perform(get("/settings").with(user("ada").roles("ADMINISTRATOR", "COMPLAINTS_MANAGER")))
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private static Map<String, String> statuses(Document page) {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (Element item : page.select(".govuk-task-list__item")) {
            statuses.put(item.select(".govuk-task-list__link").text(), item.select(".govuk-task-list__status").text());
        }
        return statuses;
    }

    private static String hint(Document page, String section) {
        return page.select(".govuk-task-list__item:has(a:containsOwn(" + section + ")) .govuk-task-list__hint").text();
    }
}
