package heard.ombudsman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;

import heard.audit.AuditEvent;
import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.CaseReference;
import heard.casework.Casework;
import heard.security.StaffAccounts;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import heard.testing.Visitor;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The happy paths: the Ombudsman's referral, decision, remedy and the council's compliance, and the list of them all. */
@DatabaseTest
@AutoConfigureMockMvc
class OfficerRecordsTheOmbudsmansInvolvementTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    @Autowired
    MockMvc mvc;
    @Autowired
    Ombudsman ombudsman;
    @Autowired
    Casework casework;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    TestClock clock;

    Visitor officer;
    String officerName;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 1, 5));
        officerName = OmbudsmanFixtures.anOfficer(accounts);
        officer = new Visitor(mvc, user("olive").roles("COMPLAINTS_OFFICER"));
    }

    @Test
    void theReferralIsRecordedFromTheCasesPageAndTheOfficerReturnsThere() throws Exception {
        CaseReference complaint = OmbudsmanFixtures.aComplaint(casework, officerName, LocalDate.of(2026, 1, 5));
        clock.setDate(TODAY);
        String path = "/ombudsman/" + complaint + "?from=case";

        Document blank = Visitor.page(officer.get("/ombudsman/" + complaint, "from", "case"));
        assertThat(blank.select("h1").text()).isEqualTo("The Ombudsman's involvement");
        assertThat(blank.select(".govuk-caption-l").text()).isEqualTo(complaint.value());
        assertThat(blank.select(".govuk-back-link").attr("href")).isEqualTo("/cases/" + complaint);
        assertThat(blank.select("main form").attr("action")).isEqualTo(path);
        assertThat(blank.select("input[name=version]").val()).isEqualTo("-1");
        assertThat(blank.select("input[name=decision][checked]").val()).isEmpty();

        MvcResult saved = officer.post(path, "ombudsmanReference", "25 001 234", "referredOn.day", "2",
                "referredOn.month", "6", "referredOn.year", "2026", "decision", "", "decidedOn.day", "",
                "decidedOn.month", "", "decidedOn.year", "", "remedy", "", "remedyDueOn.day", "", "remedyDueOn.month", "",
                "remedyDueOn.year", "", "remedyCompliedOn.day", "", "remedyCompliedOn.month", "",
                "remedyCompliedOn.year", "", "version", "-1");

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/cases/" + complaint);
        OmbudsmanRecord record = ombudsman.find(complaint).orElseThrow().record();
        assertThat(record.ombudsmanReference()).isEqualTo("25 001 234");
        assertThat(record.referredOn()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(record.decision()).isNull();
        assertThat(audit.history(new AuditSubject("ombudsman", complaint.value())).stream().map(AuditEvent::action))
                .contains("recorded");

        Document again = Visitor.page(officer.get("/ombudsman/" + complaint));
        assertThat(again.select("#ombudsmanReference").val()).isEqualTo("25 001 234");
        assertThat(again.select("#referredOn-day").val()).isEqualTo("2");
        assertThat(again.select("input[name=version]").val()).isEqualTo("0");
        assertThat(again.select(".govuk-back-link").attr("href")).isEqualTo("/ombudsman");
    }

    @Test
    void theDecisionRemedyAndComplianceAreRecordedFromTheList() throws Exception {
        CaseReference complaint = OmbudsmanFixtures.aComplaint(casework, officerName, LocalDate.of(2026, 1, 5));
        clock.setDate(TODAY);
        ombudsman.record(new OmbudsmanRecord(complaint, null, LocalDate.of(2026, 3, 2), null, null, null, null, null), -1);

        MvcResult decided = officer.post("/ombudsman/" + complaint, form("decision", "UPHELD_FAULT_AND_INJUSTICE",
                "decidedOn.day", "1", "decidedOn.month", "6", "decidedOn.year", "2026",
                "remedy", "Apologise and pay £300", "remedyDueOn.day", "1", "remedyDueOn.month", "7",
                "remedyDueOn.year", "2026", "version", "0"));

        assertThat(decided.getResponse().getRedirectedUrl()).isEqualTo("/ombudsman");
        Document list = Visitor.page(officer.get("/ombudsman"));
        assertThat(list.select(".govuk-notification-banner").text())
                .contains("The Ombudsman's involvement in " + complaint + " is saved.");
        assertThat(row(list, "awaiting", complaint).text()).contains("Upheld: fault and injustice", "1 Jun 2026",
                "Apologise and pay £300", "1 Jul 2026");

        officer.post("/ombudsman/" + complaint, form("decision", "UPHELD_FAULT_AND_INJUSTICE", "decidedOn.day", "1",
                "decidedOn.month", "6", "decidedOn.year", "2026", "remedy", "Apologise and pay £300",
                "remedyDueOn.day", "1", "remedyDueOn.month", "7", "remedyDueOn.year", "2026",
                "remedyCompliedOn.day", "9", "remedyCompliedOn.month", "6", "remedyCompliedOn.year", "2026", "version", "1"));

        assertThat(ombudsman.find(complaint).orElseThrow().record().remedyCompliedOn()).isEqualTo(LocalDate.of(2026, 6, 9));
        Document after = Visitor.page(officer.get("/ombudsman"));
        assertThat(row(after, "decided", complaint).text()).contains("Upheld: fault and injustice", "9 Jun 2026");
    }

    @Test
    void theListPutsOverdueRemediesFirstThenOpenEnquiriesThenTheDecided() throws Exception {
        CaseReference overdue = OmbudsmanFixtures.aComplaint(casework, officerName, LocalDate.of(2026, 1, 5));
        CaseReference dueLater = OmbudsmanFixtures.aComplaint(casework, officerName, LocalDate.of(2026, 1, 5));
        CaseReference open = OmbudsmanFixtures.aComplaint(casework, officerName, LocalDate.of(2026, 1, 5));
        CaseReference closed = OmbudsmanFixtures.aComplaint(casework, officerName, LocalDate.of(2026, 1, 5));
        clock.setDate(TODAY);
        ombudsman.record(remedied(dueLater, LocalDate.of(2026, 7, 1)), -1);
        ombudsman.record(remedied(overdue, LocalDate.of(2026, 6, 9)), -1);
        ombudsman.record(new OmbudsmanRecord(open, "25 009 999", LocalDate.of(2026, 5, 2), null, null, null, null, null), -1);
        ombudsman.record(new OmbudsmanRecord(closed, null, LocalDate.of(2026, 2, 2), OmbudsmanDecision.NOT_UPHELD_NO_FAULT,
                LocalDate.of(2026, 4, 1), null, null, null), -1);

        Document list = Visitor.page(officer.get("/ombudsman"));

        List<String> awaiting = references(list, "awaiting");
        assertThat(awaiting.indexOf(overdue.value())).isLessThan(awaiting.indexOf(dueLater.value()));
        assertThat(row(list, "awaiting", overdue).select(".govuk-tag--red").text()).isEqualTo("Overdue");
        assertThat(row(list, "awaiting", dueLater).select(".govuk-tag")).isEmpty();
        assertThat(list.select(".govuk-warning-text").text()).contains("overdue");
        assertThat(references(list, "open")).contains(open.value()).doesNotContain(overdue.value(), closed.value());
        assertThat(row(list, "open", open).text()).contains("25 009 999", "2 May 2026");
        assertThat(references(list, "decided")).contains(closed.value()).doesNotContain(open.value(), overdue.value());
        assertThat(row(list, "decided", closed).text()).contains("Not upheld: no fault", "No remedy");
        assertThat(list.select("h2").eachText()).containsSubsequence("Remedies the council has still to carry out",
                "Open enquiries", "Decided");
    }

    private static OmbudsmanRecord remedied(CaseReference reference, LocalDate due) {
        return new OmbudsmanRecord(reference, null, LocalDate.of(2026, 3, 2), OmbudsmanDecision.UPHELD_FAULT_NO_INJUSTICE,
                LocalDate.of(2026, 5, 29), "Review the family's plan", due, null);
    }

    /** The form as the page sends it, blank but for these answers. */
    static String[] form(String... answers) {
        List<String> fields = new java.util.ArrayList<>(List.of("ombudsmanReference", "", "referredOn.day", "2",
                "referredOn.month", "3", "referredOn.year", "2026", "decision", "", "decidedOn.day", "", "decidedOn.month", "",
                "decidedOn.year", "", "remedy", "", "remedyDueOn.day", "", "remedyDueOn.month", "", "remedyDueOn.year", "",
                "remedyCompliedOn.day", "", "remedyCompliedOn.month", "", "remedyCompliedOn.year", "", "version", "-1"));
        for (int i = 0; i < answers.length; i += 2) {
            fields.set(fields.indexOf(answers[i]) + 1, answers[i + 1]);
        }
        return fields.toArray(String[]::new);
    }

    private static Element row(Document list, String table, CaseReference reference) {
        return list.select("table[aria-labelledby=" + table + "] tbody tr").stream()
                .filter(tr -> tr.select("td").first().text().startsWith(reference.value())).findFirst().orElseThrow();
    }

    private static List<String> references(Document list, String table) {
        return list.select("table[aria-labelledby=" + table + "] tbody tr td:first-child a").eachText();
    }
}
