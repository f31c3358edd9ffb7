package heard.ombudsman;

import static heard.ombudsman.OfficerRecordsTheOmbudsmansInvolvementTest.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;

import heard.casework.CaseReference;
import heard.casework.Casework;
import heard.security.StaffAccounts;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import heard.testing.Visitor;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Each kind of bad input is named in the error summary, linked to its field, and nothing is saved. */
@DatabaseTest
@AutoConfigureMockMvc
class OmbudsmanFormRefusesBadInputTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Ombudsman ombudsman;
    @Autowired
    Casework casework;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    TestClock clock;

    Visitor officer;
    CaseReference complaint;

    @BeforeEach
    void aComplaint() {
        clock.setDate(LocalDate.of(2026, 1, 5));
        complaint = OmbudsmanFixtures.aComplaint(casework, OmbudsmanFixtures.anOfficer(accounts), LocalDate.of(2026, 1, 5));
        clock.setDate(LocalDate.of(2026, 6, 10));
        officer = new Visitor(mvc, user("olive").roles("COMPLAINTS_OFFICER"));
    }

    @Test
    void theReferralDateIsNeededAndEveryDateMustBeReal() throws Exception {
        Document page = save(form("referredOn.day", "", "referredOn.month", "", "referredOn.year", "",
                "decidedOn.day", "31", "decidedOn.month", "4", "decidedOn.year", "2026",
                "remedyDueOn.day", "1", "remedyDueOn.month", "", "remedyDueOn.year", "2026",
                "remedyCompliedOn.day", "1", "remedyCompliedOn.month", "13", "remedyCompliedOn.year", "2026"));

        assertThat(errorSummary(page)).containsExactly("Enter the date the Ombudsman first told the council",
                "The date of the decision must be a real date", "The date the remedy is due must include a month",
                "The date the council carried out the remedy must be a real date");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#referredOn-day",
                "#decidedOn-day", "#remedyDueOn-month", "#remedyCompliedOn-month");
        assertThat(page.title()).startsWith("Error: ");
        assertThat(ombudsman.find(complaint)).isEmpty();
    }

    @Test
    void aDecisionAndItsDateGoTogether() throws Exception {
        Document noDate = save(form("decision", "WITHDRAWN"));
        Document noDecision = save(form("decidedOn.day", "1", "decidedOn.month", "6", "decidedOn.year", "2026"));

        assertThat(errorSummary(noDate)).containsExactly("Enter the date of the Ombudsman's decision");
        assertThat(noDate.select(".govuk-error-summary a").attr("href")).isEqualTo("#decidedOn-day");
        assertThat(noDate.select("input[name=decision][value=WITHDRAWN]").attr("checked")).isEqualTo("checked");
        assertThat(errorSummary(noDecision)).containsExactly("Select the Ombudsman's decision");
        assertThat(noDecision.select(".govuk-error-summary a").attr("href")).isEqualTo("#decision");
        assertThat(ombudsman.find(complaint)).isEmpty();
    }

    @Test
    void theDatesMustBeInOrderAndNotInTheFuture() throws Exception {
        assertThat(errorSummary(save(form("referredOn.day", "11", "referredOn.month", "6"))))
                .containsExactly("The date the Ombudsman first told the council must be today or in the past");
        assertThat(errorSummary(save(decided("decidedOn.day", "1", "decidedOn.month", "3"))))
                .containsExactly("The decision cannot be before the Ombudsman first told the council (2 March 2026)");
        assertThat(errorSummary(save(decided("remedy", "Apologise", "remedyCompliedOn.day", "30",
                "remedyCompliedOn.month", "5", "remedyCompliedOn.year", "2026"))))
                .containsExactly("The council cannot comply before the Ombudsman decided (1 June 2026)");
        assertThat(errorSummary(save(decided("remedy", "Apologise", "remedyDueOn.day", "31",
                "remedyDueOn.month", "5", "remedyDueOn.year", "2026"))))
                .containsExactly("The remedy cannot be due before the Ombudsman decided (1 June 2026)");
        assertThat(errorSummary(save(decided("remedy", "Apologise", "remedyCompliedOn.day", "11",
                "remedyCompliedOn.month", "6", "remedyCompliedOn.year", "2026"))))
                .containsExactly("The date the council carried out the remedy must be today or in the past");
        assertThat(ombudsman.find(complaint)).isEmpty();
    }

    @Test
    void aRemedysDatesNeedTheRemedyAndTheDecision() throws Exception {
        Document noRemedy = save(decided("remedyDueOn.day", "1", "remedyDueOn.month", "7", "remedyDueOn.year", "2026"));
        Document noDecision = save(form("remedy", "Apologise", "remedyDueOn.day", "1", "remedyDueOn.month", "7",
                "remedyDueOn.year", "2026"));

        assertThat(errorSummary(noRemedy)).containsExactly("Enter the remedy the Ombudsman asked for");
        assertThat(noRemedy.select(".govuk-error-summary a").attr("href")).isEqualTo("#remedy");
        assertThat(errorSummary(noDecision)).containsExactly("Record the Ombudsman's decision before the dates of its remedy");
        assertThat(noDecision.select(".govuk-error-summary a").attr("href")).isEqualTo("#remedyDueOn-day");
        assertThat(ombudsman.find(complaint)).isEmpty();
    }

    @Test
    void aReferenceLongerThanTheOmbudsmansIsRefused() throws Exception {
        Document page = save(form("ombudsmanReference", "2".repeat(51)));

        assertThat(errorSummary(page)).containsExactly("The Ombudsman's reference must be 50 characters or fewer");
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#ombudsmanReference");
        assertThat(page.select("#ombudsmanReference").val()).isEqualTo("2".repeat(51));
        assertThat(ombudsman.find(complaint)).isEmpty();
    }

    @Test
    void aChangeMadeMeanwhileIsRefusedAndTheFormShowsTheRecordAsItIsNow() throws Exception {
        ombudsman.record(new OmbudsmanRecord(complaint, "25 001 234", LocalDate.of(2026, 3, 2), null, null, null, null,
                null), -1);

        // Someone else recorded the referral after this page was drawn, with no involvement yet (-1).
        Document page = save(form("ombudsmanReference", "99 999 999", "version", "-1"));

        assertThat(errorSummary(page)).containsExactly("Someone else changed this record while you were editing it. "
                + "Your changes have not been saved. Check the record as it is now and make your changes again.");
        assertThat(ombudsman.find(complaint).orElseThrow().record().ombudsmanReference()).isEqualTo("25 001 234");
        assertThat(page.select("#ombudsmanReference").val()).isEqualTo("25 001 234");
        assertThat(page.select("input[name=version]").val()).isEqualTo("0");
    }

    @Test
    void aRecordThatDoesNotExistIsNotFound() throws Exception {
        assertThat(officer.get("/ombudsman/CSC-1999-9999").getResponse().getStatus()).isEqualTo(404);
        assertThat(officer.post("/ombudsman/CSC-1999-9999", form("version", "-1")).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(ombudsman.find(new CaseReference("CSC-1999-9999"))).isEmpty();
    }

    /** Referred on 2 March, decided (upheld, fault and injustice) on 1 June 2026, and these answers. */
    private static String[] decided(String... answers) {
        List<String> all = new java.util.ArrayList<>(List.of("decision", "UPHELD_FAULT_AND_INJUSTICE", "decidedOn.day", "1",
                "decidedOn.month", "6", "decidedOn.year", "2026"));
        all.addAll(List.of(answers));
        return form(all.toArray(String[]::new));
    }

    private Document save(String... fields) throws Exception {
        MvcResult result = officer.post("/ombudsman/" + complaint, fields);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Visitor.page(result);
    }

    private static List<String> errorSummary(Document page) {
        return page.select(".govuk-error-summary__list li").eachText();
    }
}
