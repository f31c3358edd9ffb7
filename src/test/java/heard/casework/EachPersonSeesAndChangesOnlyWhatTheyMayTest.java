package heard.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import heard.audit.AuditTrail;
import heard.organisation.OrganisationSettings;
import heard.security.StaffAccounts;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Record-level access through the pages, edits made meanwhile by someone else, and the complaints settings. */
@DatabaseTest
@AutoConfigureMockMvc
class EachPersonSeesAndChangesOnlyWhatTheyMayTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    TestClock clock;
    @Autowired
    AuditTrail audit;
    @Autowired
    CaseworkSettingsService settings;

    CaseworkPages pages;
    String ours;
    String theirs;

    @BeforeEach
    void oneCaseForEachTeam() throws Exception {
        clock.setDate(LocalDate.of(2024, 12, 20));
        pages = new CaseworkPages(mvc, accounts, organisation);
        ours = pages.log(pages.aPhoneComplaint(LocalDate.of(2024, 12, 20)));
        Map<String, Object> other = pages.aPhoneComplaint(LocalDate.of(2024, 12, 20));
        other.put("teamId", pages.otherTeam.id());
        other.put("complainantName", "Other Family-" + pages.run);
        theirs = pages.log(other);
    }

    @Test
    void aRespondingManagerListsAndOpensOnlyTheCasesOfTheirTeamAndAnyOtherIsNotFound() throws Exception {
        Document list = CaseworkPages.page(pages.get(pages.responder, "/cases?status=ALL"));
        assertThat(list.select("tbody a").eachText()).contains(ours).doesNotContain(theirs);

        assertThat(pages.get(pages.responder, "/cases/" + ours).getResponse().getStatus()).isEqualTo(200);
        assertThat(pages.get(pages.responder, "/cases/" + theirs).getResponse().getStatus()).isEqualTo(404);
        assertThat(pages.get(pages.responder, "/cases/" + theirs + "/add-note").getResponse().getStatus()).isEqualTo(404);
        MvcResult note = pages.post(pages.responder, "/cases/" + theirs + "/add-note", Map.of("text", "Hello", "version", 0));
        assertThat(note.getResponse().getStatus()).isEqualTo(404);
        assertThat(pages.get(pages.otherResponder, "/cases/" + theirs).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aRespondingManagerIsOfferedOnlyTheMovesTheirRoleAllows() throws Exception {
        Document page = CaseworkPages.page(pages.get(pages.responder, "/cases/" + ours));
        assertThat(page.select("aside a").eachText()).containsExactly("Extend the timescale", "Record the response", "Add a note");
        assertThat(pages.get(pages.responder, "/cases/" + ours + "/allocate").getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theListSearchesByNameAndReferenceAndFiltersByTeam() throws Exception {
        // Only the other case's complainant has the test's run in their name; matched without case.
        Document byName = CaseworkPages.page(pages.get(pages.officer, "/cases?q=FAMILY-" + pages.run.toUpperCase()));
        assertThat(byName.select("tbody a").eachText()).containsExactly(theirs);
        Document byReference = CaseworkPages.page(pages.get(pages.officer, "/cases?q=" + ours));
        assertThat(byReference.select("tbody a").eachText()).containsExactly(ours);
        Document byTeam = CaseworkPages.page(pages.get(pages.officer, "/cases?team=" + pages.team.id()));
        assertThat(byTeam.select("tbody a").eachText()).contains(ours).doesNotContain(theirs);
        Document nothing = CaseworkPages.page(pages.get(pages.officer, "/cases?q=nobody-at-all"));
        assertThat(nothing.text()).contains("No cases found", "No case matches the search and filters");
    }

    @Test
    void aChangeMadeMeanwhileBySomeoneElseIsNotOverwritten() throws Exception {
        Document form = CaseworkPages.page(pages.get(pages.officer, "/cases/" + ours + "/acknowledge"));
        String seen = form.select("input[name=version]").val();
        assertThat(pages.post(pages.manager, "/cases/" + ours + "/add-note", Map.of("text", "Called back", "version", seen))
                .getResponse().getRedirectedUrl()).isEqualTo("/cases/" + ours);

        MvcResult stale = pages.post(pages.officer, "/cases/" + ours + "/acknowledge",
                Map.of("on", LocalDate.of(2024, 12, 20), "stage", 1, "version", seen));

        assertThat(CaseworkPages.errors(stale)).containsExactly("Someone else changed this case while you were working on it. "
                + "Nothing you entered has been saved. Check the case as it is now and try again.");
        assertThat(CaseworkPages.page(stale).select("#on-day").val()).isEqualTo("20");
        assertThat(CaseworkPages.page(pages.get(pages.officer, "/cases/" + ours)).text()).contains("Acknowledged Not yet");
    }

    @Test
    void theComplaintsManagerChangesTheSettingsAndAStaleCopyIsRefused() throws Exception {
        assertThat(pages.get(pages.officer, "/settings/complaints").getResponse().getStatus()).isEqualTo(403);
        Document form = CaseworkPages.page(pages.get(pages.manager, "/settings/complaints"));
        Map<String, Object> fields = new java.util.HashMap<>();
        form.select("input[type=text], input[type=hidden], input[inputmode]").forEach(i -> fields.put(i.attr("name"), i.val()));
        fields.put("stages", "2");
        fields.remove("_csrf");
        fields.put("acknowledgementDays", "0");
        MvcResult refused = pages.post(pages.manager, "/settings/complaints", fields);
        assertThat(CaseworkPages.errors(refused)).containsExactly("Enter a number of working days from 1 to 30");

        fields.put("acknowledgementDays", "5");
        fields.put("referencePrefix", "CF" + pages.run.substring(0, 4).replaceAll("[^A-Za-z0-9]", "X"));
        assertThat(pages.post(pages.manager, "/settings/complaints", fields).getResponse().getRedirectedUrl())
                .isEqualTo("/settings/complaints");
        assertThat(settings.current().acknowledgementDays()).isEqualTo(5);
        assertThat(audit.history(CaseworkSettingsService.SUBJECT)).isNotEmpty();
        assertThat(pages.log(pages.aPhoneComplaint(LocalDate.of(2024, 12, 20))))
                .startsWith(((String) fields.get("referencePrefix")).toUpperCase());

        MvcResult stale = pages.post(pages.manager, "/settings/complaints", fields);
        assertThat(CaseworkPages.errors(stale)).containsExactly("Someone else changed the complaints settings while you were "
                + "editing them. Your changes have not been saved. Check the settings as they are now and make your changes again.");
        fields.put("referencePrefix", "CSC");
        fields.put("acknowledgementDays", "3");
        fields.put("version", String.valueOf(settings.current().version()));
        pages.post(pages.manager, "/settings/complaints", fields);
    }
}
