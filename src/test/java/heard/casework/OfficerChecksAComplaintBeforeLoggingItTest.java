package heard.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import heard.organisation.IssueCategory;
import heard.organisation.OrganisationSettings;
import heard.security.StaffAccounts;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The officer fills in the log form, checks the answers on the next page, changes one, and logs it from there. */
@DatabaseTest
@AutoConfigureMockMvc
class OfficerChecksAComplaintBeforeLoggingItTest {

    static final LocalDate RECEIVED = LocalDate.of(2024, 12, 20);

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    CaseworkPages pages;
    Map<String, Object> complaint;
    IssueCategory contact;

    @BeforeEach
    void setUp() {
        clock.setDate(RECEIVED);
        pages = new CaseworkPages(mvc, accounts, organisation);
        contact = organisation.addIssueCategory("Contact arrangements " + pages.run);
        complaint = pages.aPhoneComplaint(RECEIVED);
        complaint.put("issueIds", List.of(contact.id()));
    }

    @Test
    void theCheckPageShowsEachAnswerAsItWillBeRecordedWithALinkToChangeIt() throws Exception {
        long before = cases();
        pages.fillIn(complaint);

        Document page = CaseworkPages.page(pages.get(pages.officer, "/cases/new/check"));

        assertThat(page.title()).startsWith("Check the complaint – ");
        assertThat(page.select("h1").text()).isEqualTo("Check the complaint before you log it");
        assertThat(page.select(".govuk-summary-card__title").eachText()).containsExactly("How it came in",
                "Who is complaining", "The child or young person", "Advocacy", "Where it belongs",
                "What the complaint is about", "Procedure", "Who can see it");
        assertThat(answer(page, "Date received")).isEqualTo("20 December 2024");
        assertThat(answer(page, "How it came in")).isEqualTo("Telephone");
        assertThat(answer(page, "Who they are to the child")).isEqualTo("Parent or relative");
        assertThat(answer(page, "Date of birth")).isEqualTo("Born 1 May 2012 (12 when the complaint was received)");
        assertThat(answer(page, "The child's view")).isEqualTo("The child agrees");
        assertThat(answer(page, "Service area")).isEqualTo(pages.area.name());
        assertThat(answer(page, "Team")).isEqualTo("North team " + pages.run);
        assertThat(answer(page, "What it is about")).isEqualTo(contact.name());
        assertThat(answer(page, "The numbered elements"))
                .isEqualTo("The social worker did not return calls The review was cancelled twice");
        assertThat(answer(page, "Procedure")).isEqualTo("Statutory (Children Act 1989)");
        assertThat(answer(page, "Email address")).isEqualTo("Not recorded");
        assertThat(answer(page, "Restricted")).isEqualTo("No");

        Element change = page.selectFirst("a[href=/cases/new#complainantName]");
        assertThat(change.text()).startsWith("Change complainant's name");
        assertThat(change.select(".govuk-visually-hidden").text()).startsWith("complainant's name");
        assertThat(page.select("a[href=/cases/new#teamId]")).hasSize(1);
        assertThat(page.select("a[href=/cases/new#receivedOn-day]")).hasSize(1);
        assertThat(page.select(".govuk-summary-list__actions a")).hasSameSizeAs(page.select(".govuk-summary-list__row"));
        assertThat(page.select("form[action=/cases/new/check] button").text()).isEqualTo("Log the complaint");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void changingOneAnswerKeepsEveryOther() throws Exception {
        pages.fillIn(complaint);

        Document form = CaseworkPages.page(pages.get(pages.officer, "/cases/new"));
        assertThat(form.select("#complainantName").val()).isEqualTo("Pat Parent");
        Map<String, Object> sent = asSent(form);
        sent.put("complainantName", "Pat Parent-Smith");
        pages.fillIn(sent);

        Document page = CaseworkPages.page(pages.get(pages.officer, "/cases/new/check"));
        assertThat(answer(page, "Name")).isEqualTo("Pat Parent-Smith");
        assertThat(page.select(".govuk-summary-list__value").eachText()).contains("Sam Child", "20 December 2024",
                "North team " + pages.run, contact.name(), "An apology", "Coram Voice");
        String reference = pages.log(sent);
        assertThat(CaseworkPages.page(pages.get(pages.officer, "/cases/" + reference)).text())
                .contains("Pat Parent-Smith", "The review was cancelled twice");
    }

    @Test
    void loggingFromTheCheckPageCreatesOneCaseAndPressingAgainCreatesNoOther() throws Exception {
        long before = cases();

        MvcResult logged = pages.logging(complaint);
        MvcResult again = pages.post(pages.officer, "/cases/new/check", Map.of());

        assertThat(logged.getResponse().getRedirectedUrl()).matches("/cases/CSC-2024-\\d{4}");
        assertThat(logged.getFlashMap().get("notice").toString()).contains(logged.getResponse().getRedirectedUrl().substring(7));
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/cases/new");
        assertThat(cases()).isEqualTo(before + 1);
        assertThat(CaseworkPages.page(pages.get(pages.officer, "/cases/new")).select(".govuk-notification-banner").text())
                .contains("There is no complaint waiting to be logged");
    }

    @Test
    void withNothingToCheckTheCheckPageSendsTheOfficerToTheFormSayingSo() throws Exception {
        MvcResult result = pages.get(pages.officer, "/cases/new/check");

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/cases/new");
        Document form = CaseworkPages.page(pages.get(pages.officer, "/cases/new"));
        assertThat(form.select(".govuk-notification-banner").text()).contains("There is no complaint waiting to be logged");
        assertThat(form.select("#complainantName").val()).isEmpty();
    }

    @Test
    void startingAgainForgetsTheComplaintBeingChecked() throws Exception {
        pages.fillIn(complaint);
        Document kept = CaseworkPages.page(pages.get(pages.officer, "/cases/new"));
        assertThat(kept.select("button[name=startAgain]")).hasSize(1);
        assertThat(kept.select(".govuk-inset-text").text()).startsWith("This is a complaint you have not logged yet");

        MvcResult result = pages.post(pages.officer, "/cases/new", Map.of("startAgain", "true"));

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/cases/new");
        Document form = CaseworkPages.page(pages.get(pages.officer, "/cases/new"));
        assertThat(form.select("#complainantName").val()).isEmpty();
        assertThat(form.select("button[name=startAgain]")).isEmpty();
        assertThat(form.select(".govuk-inset-text")).isEmpty();
        assertThat(pages.get(pages.officer, "/cases/new/check").getResponse().getRedirectedUrl()).isEqualTo("/cases/new");
    }

    @Test
    void aTeamClosedBeforeTheOfficerConfirmsIsRefusedAndNothingIsSaved() throws Exception {
        pages.fillIn(complaint);
        organisation.closeTeam(pages.team.id(), pages.team.version(), RECEIVED);
        long before = cases();

        MvcResult result = pages.post(pages.officer, "/cases/new/check", Map.of());

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(CaseworkPages.errors(result))
                .containsExactly("North team " + pages.run + " has closed. Select a team that is open, or none");
        assertThat(CaseworkPages.errorLinks(result)).containsExactly("#teamId");
        assertThat(CaseworkPages.page(result).title()).startsWith("Error: ");
        assertThat(CaseworkPages.page(result).select("#complainantName").val()).isEqualTo("Pat Parent");
        assertThat(cases()).isEqualTo(before);
    }

    /** The answer in the row with this key. */
    private static String answer(Document page, String key) {
        return page.select(".govuk-summary-list__row").stream()
                .filter(row -> row.select(".govuk-summary-list__key").text().equals(key))
                .map(row -> row.select(".govuk-summary-list__value").text())
                .findFirst().orElseThrow(() -> new AssertionError("No answer " + key));
    }

    /** What the log form sends as it stands, as a browser would send it (without its token: each request has one). */
    private static Map<String, Object> asSent(Document page) {
        Map<String, Object> fields = new LinkedHashMap<>();
        ((FormElement) page.selectFirst("form[action=/cases/new]")).formData().stream()
                .filter(field -> !field.key().equals("_csrf"))
                .forEach(field -> {
                    @SuppressWarnings("unchecked")
                    List<Object> values = (List<Object>) fields.computeIfAbsent(field.key(), k -> new ArrayList<>());
                    values.add(field.value());
                });
        return fields;
    }

    private long cases() {
        return jdbc.sql("SELECT COUNT(*) FROM complaint").query(Long.class).single();
    }
}
