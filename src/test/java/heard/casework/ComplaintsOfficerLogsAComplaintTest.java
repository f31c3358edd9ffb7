package heard.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import heard.organisation.OrganisationSettings;
import heard.security.StaffAccounts;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@DatabaseTest
@AutoConfigureMockMvc
class ComplaintsOfficerLogsAComplaintTest {

    static final LocalDate FRIDAY_BEFORE_CHRISTMAS = LocalDate.of(2024, 12, 20);

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

    @BeforeEach
    void setUp() {
        clock.setDate(FRIDAY_BEFORE_CHRISTMAS);
        pages = new CaseworkPages(mvc, accounts, organisation);
    }

    @Test
    void theFormOpensWithTodayAsTheDateReceivedAndOnlyOpenTeams() throws Exception {
        Document page = CaseworkPages.page(pages.get(pages.officer, "/cases/new"));

        assertThat(page.select("#receivedOn-day").val()).isEqualTo("20");
        assertThat(page.select("#receivedOn-month").val()).isEqualTo("12");
        assertThat(page.select("#receivedOn-year").val()).isEqualTo("2024");
        assertThat(page.select("#teamId option").eachText()).anyMatch(t -> t.contains("North team " + pages.run));
        assertThat(page.select("textarea[name=elements]")).hasSize(3);
    }

    @Test
    void aPhoneComplaintOnAChildsBehalfIsLoggedAndItsPageShowsTheReferenceAndTheChristmasDeadline() throws Exception {
        MvcResult result = pages.logging(pages.aPhoneComplaint(FRIDAY_BEFORE_CHRISTMAS));

        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/cases/CSC-2024-\\d{4}");
        String reference = location.substring("/cases/".length());
        assertThat(result.getFlashMap().get("notice").toString()).contains(reference);
        Document page = CaseworkPages.page(pages.get(pages.officer, location));
        assertThat(page.select("h1").text()).contains(reference);
        assertThat(page.text()).contains("Pat Parent", "Sam Child", "The child agrees", "Coram Voice",
                "The social worker did not return calls", "Wednesday 8 January 2025");
    }

    @Test
    void aBlankFormIsRefusedWithEveryProblemInTheSummaryAndNothingIsSaved() throws Exception {
        long before = cases();

        MvcResult result = pages.post(pages.officer, "/cases/new", Map.of("receivedOn.day", "", "recordType", "COMPLAINT"));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(CaseworkPages.errors(result)).containsExactly(
                "Enter the date the complaint was received",
                "Select how the complaint came in",
                "Select who the complainant is to the child",
                "Select whether the complaint is made on the child's behalf",
                "Select whether the child was offered an advocate",
                "Enter at least one element of the complaint",
                "Select the procedure the complaint is handled under");
        assertThat(CaseworkPages.errorLinks(result)).containsExactly("#receivedOn-day", "#channel", "#complainantRole",
                "#onChildsBehalf", "#advocacy", "#elements", "#procedure");
        assertThat(CaseworkPages.page(result).title()).startsWith("Error: ");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void aDateReceivedInTheFutureIsRefusedByTheCaseItself() throws Exception {
        Map<String, Object> fields = pages.aPhoneComplaint(FRIDAY_BEFORE_CHRISTMAS.plusDays(1));
        long before = cases();

        MvcResult result = pages.post(pages.officer, "/cases/new", fields);

        assertThat(CaseworkPages.errors(result)).containsExactly("The date received must be today or in the past");
        assertThat(CaseworkPages.page(result).select("#complainantName").val()).isEqualTo("Pat Parent");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void onTheChildsBehalfWithoutSayingWhetherTheChildAgreesIsRefused() throws Exception {
        Map<String, Object> fields = pages.aPhoneComplaint(FRIDAY_BEFORE_CHRISTMAS);
        fields.remove("childConsent");

        MvcResult result = pages.post(pages.officer, "/cases/new", fields);

        assertThat(CaseworkPages.errors(result))
                .containsExactly("Select whether the child agrees to the complaint being made on their behalf");
        assertThat(CaseworkPages.errorLinks(result)).containsExactly("#childConsent");
    }

    @Test
    void aNonQualifyingComplaintNeedsTheReasonItIsOutOfScope() throws Exception {
        Map<String, Object> fields = pages.aPhoneComplaint(FRIDAY_BEFORE_CHRISTMAS);
        fields.put("procedure", "NON_QUALIFYING");

        MvcResult result = pages.post(pages.officer, "/cases/new", fields);

        assertThat(CaseworkPages.errors(result)).containsExactly("Select why the matter is outside the complaints procedure");

        fields.put("outOfScope", "COURT_PROCEEDINGS");
        String reference = pages.log(fields);
        assertThat(CaseworkPages.page(pages.get(pages.officer, "/cases/" + reference)).text()).contains("Court proceedings");
    }

    @Test
    void aTeamFromAnotherServiceAreaIsRefused() throws Exception {
        var elsewhere = organisation.addServiceArea("Early help " + pages.run);
        Map<String, Object> fields = pages.aPhoneComplaint(FRIDAY_BEFORE_CHRISTMAS);
        fields.put("serviceAreaId", elsewhere.id());

        MvcResult result = pages.post(pages.officer, "/cases/new", fields);

        assertThat(CaseworkPages.errors(result)).containsExactly("Select a team in the service area chosen, or change the service area");
    }

    @Test
    void addAnotherElementGivesOneMoreBoxKeepingWhatWasTypedAndCheckingNothing() throws Exception {
        Map<String, Object> fields = pages.aPhoneComplaint(FRIDAY_BEFORE_CHRISTMAS);
        fields.put("addElement", "true");
        fields.put("channel", null);

        MvcResult result = pages.post(pages.officer, "/cases/new", fields);

        Document page = CaseworkPages.page(result);
        assertThat(page.select("textarea[name=elements]")).hasSize(4);
        assertThat(page.select("#elements").text()).isEqualTo("The social worker did not return calls");
        assertThat(CaseworkPages.errors(result)).isEmpty();
    }

    @Test
    void aRespondingManagerCannotLogAComplaint() throws Exception {
        assertThat(pages.get(pages.responder, "/cases/new").getResponse().getStatus()).isEqualTo(403);
    }

    private long cases() {
        return jdbc.sql("SELECT COUNT(*) FROM complaint").query(Long.class).single();
    }
}
