package heard.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import heard.organisation.OrganisationSettings;
import heard.security.StaffAccounts;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * An answer or adjudication sent with no fields at all (no date, no outcome, not even the list of findings) is the
 * form shown again with what is missing in its error summary, and the case is as it was: never a server error.
 */
@DatabaseTest
@AutoConfigureMockMvc
class AnEmptyAnswerIsRefusedWithTheSummaryAndNothingSavedTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    TestClock clock;

    CaseworkPages pages;
    String reference;

    @BeforeEach
    void aStageOneComplaintWithTwoElements() throws Exception {
        clock.setDate(LocalDate.of(2025, 3, 3));
        pages = new CaseworkPages(mvc, accounts, organisation);
        reference = pages.log(pages.aPhoneComplaint(LocalDate.of(2025, 3, 3)));
        casePage(); // the notice that it was logged, shown once
    }

    @Test
    void anEmptyAnswerToAStageOneComplaintIsRefusedWithTheSummaryNothingSaved() throws Exception {
        String before = casePage();
        MvcResult answer = pages.post(pages.officer, "/cases/" + reference + "/respond", Map.of());

        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(CaseworkPages.errors(answer)).containsExactly("Enter the date the response was sent");
        assertThat(casePage()).isEqualTo(before);
    }

    @Test
    void anAnswerWhoseFindingsAreNotAListIsRefusedWithTheSummaryNothingSaved() throws Exception {
        String before = casePage();
        MvcResult answer = pages.post(pages.officer, "/cases/" + reference + "/respond", Map.of("findings", "UPHELD",
                "findings[x].finding", "UPHELD", "remedyAmount", "12", "elements", 2, "stage", 1));

        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(CaseworkPages.errors(answer)).isNotEmpty();
        assertThat(casePage()).isEqualTo(before);
    }

    @Test
    void anEmptyAdjudicationIsRefusedWithTheSummaryNothingSaved() throws Exception {
        String before = casePage();
        MvcResult adjudication = pages.post(pages.officer, "/cases/" + reference + "/adjudicate", Map.of());

        assertThat(adjudication.getResponse().getStatus()).isEqualTo(200);
        assertThat(CaseworkPages.errors(adjudication)).containsExactly("Select the senior manager who adjudicated",
                "Enter the date the response was sent");
        assertThat(casePage()).isEqualTo(before);
    }

    private String casePage() throws Exception {
        return CaseworkPages.page(pages.get(pages.officer, "/cases/" + reference)).select("main").text();
    }
}
