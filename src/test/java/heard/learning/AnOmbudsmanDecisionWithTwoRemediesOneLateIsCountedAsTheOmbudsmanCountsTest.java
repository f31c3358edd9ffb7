package heard.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;

import heard.casework.CaseReference;
import heard.casework.Casework;
import heard.casework.Money;
import heard.ombudsman.Ombudsman;
import heard.ombudsman.OmbudsmanDecision;
import heard.ombudsman.OmbudsmanRecord;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.testing.DatabaseTest;
import heard.testing.SignedIn;
import heard.testing.TestClock;
import heard.testing.Visitor;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Ombudsman upholds a complaint and asks for an apology within a month and £300 within six weeks; the council
 * apologises in time and pays a week late. Each remedy is recorded from the decision, its compliance with evidence,
 * and the late one is flagged.
 */
@DatabaseTest
@AutoConfigureMockMvc
class AnOmbudsmanDecisionWithTwoRemediesOneLateIsCountedAsTheOmbudsmanCountsTest {

    static final LocalDate DECIDED = LocalDate.of(2026, 5, 1);

    @Autowired
    MockMvc mvc;
    @Autowired
    Learning learning;
    @Autowired
    Ombudsman ombudsman;
    @Autowired
    Casework casework;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    TestClock clock;
    @Autowired
    JsonMapper json;

    String officer;
    CaseReference complaint;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 1, 5));
        officer = LearningFixtures.aMember(accounts, "Olive Officer", Role.COMPLAINTS_OFFICER).member().username();
        complaint = LearningFixtures.aComplaint(casework, officer, LocalDate.of(2026, 1, 5));
    }

    @Test
    void bothRemediesAreRecordedFromTheDecisionAndTheLateOneIsFlagged() throws Exception {
        clock.setDate(LocalDate.of(2026, 5, 5));
        JsonNode counted = Figures2026.now(mvc, json);
        Visitor olive = new Visitor(mvc, user(officer).roles("COMPLAINTS_OFFICER"));
        String page = LearningPaths.remedies(complaint.value());

        Document before = Visitor.page(olive.get(page));
        assertThat(before.select(".govuk-inset-text").text()).contains("Record the Ombudsman's decision");
        assertThat(before.select("main form[method=post]")).isEmpty();

        ombudsman.record(new OmbudsmanRecord(complaint, "25 001 234", LocalDate.of(2026, 2, 2),
                OmbudsmanDecision.UPHELD_FAULT_AND_INJUSTICE, DECIDED, null, null, null), -1);

        MvcResult noAmount = olive.post(page, "kind", "PAYMENT", "amount", "", "description", "",
                "dueOn.day", "12", "dueOn.month", "6", "dueOn.year", "2026");
        assertThat(Visitor.page(noAmount).select(".govuk-error-summary").text()).contains("Enter the amount of the payment");
        MvcResult early = olive.post(page, "kind", "APOLOGY", "amount", "", "description", "",
                "dueOn.day", "30", "dueOn.month", "4", "dueOn.year", "2026");
        assertThat(Visitor.page(early).select(".govuk-error-summary").text())
                .contains("The remedy cannot be due before the Ombudsman decided (1 May 2026)");

        assertThat(olive.post(page, "kind", "APOLOGY", "amount", "", "description", "A written apology from the director",
                "dueOn.day", "1", "dueOn.month", "6", "dueOn.year", "2026").getResponse().getRedirectedUrl()).isEqualTo(page);
        assertThat(olive.post(page, "kind", "PAYMENT", "amount", "£300", "description", "For the time and trouble",
                "dueOn.day", "12", "dueOn.month", "6", "dueOn.year", "2026").getResponse().getRedirectedUrl()).isEqualTo(page);

        var remedies = learning.remedies(complaint);
        assertThat(remedies).extracting(OmbudsmanRemedy::kind).containsExactly(RemedyKind.APOLOGY, RemedyKind.PAYMENT);
        assertThat(remedies.get(1).amount()).isEqualTo(Money.of("300"));
        assertThat(remedies).allMatch(r -> r.decidedOn().equals(DECIDED));

        clock.setDate(LocalDate.of(2026, 5, 28));
        SignedIn.as(officer, () -> learning.comply(remedies.get(0).id(), 0, LocalDate.of(2026, 5, 28),
                "Letter of apology sent by the director"));
        clock.setDate(LocalDate.of(2026, 6, 15));
        assertThat(learning.dueBy(LocalDate.of(2026, 6, 15))).filteredOn(d -> d.kind().equals("remedy") && d.reference().equals(complaint.value()))
                .extracting(OpenDeadline::id).containsExactly(remedies.get(1).id());
        Document overdue = Visitor.page(olive.get(page));
        assertThat(overdue.select("#remedies tbody tr").get(1).text()).contains("Payment of £300.00", "12 Jun 2026", "Overdue");

        MvcResult tomorrow = olive.post(page + "/" + remedies.get(1).id() + "/comply", "on.day", "16", "on.month", "6",
                "on.year", "2026", "evidence", "BACS payment reference 4411", "version", "0");
        assertThat(Visitor.page(tomorrow).select(".govuk-error-summary").text())
                .contains("The date must be today or in the past");
        clock.setDate(LocalDate.of(2026, 6, 19));
        MvcResult noEvidence = olive.post(page + "/" + remedies.get(1).id() + "/comply", "on.day", "19", "on.month", "6",
                "on.year", "2026", "evidence", "", "version", "0");
        assertThat(Visitor.page(noEvidence).select(".govuk-error-summary").text())
                .contains("Enter the evidence that the remedy was carried out");
        olive.post(page + "/" + remedies.get(1).id() + "/comply", "on.day", "19", "on.month", "6", "on.year", "2026",
                "evidence", "BACS payment reference 4411", "version", "0");

        var complied = learning.remedies(complaint);
        assertThat(complied.get(0).late()).isFalse();
        assertThat(complied.get(1).late()).isTrue();
        assertThat(complied.get(1).evidence()).isEqualTo("BACS payment reference 4411");
        Document after = Visitor.page(olive.get(page));
        assertThat(after.select("#remedies tbody tr").get(1).text()).contains("19 Jun 2026", "Late", "BACS payment reference 4411");
        assertThat(after.select("#remedies tbody tr").get(0).text()).doesNotContain("Late");

        // As the Ombudsman counts them: both due in the year, one carried out on time and one late.
        JsonNode figures = Figures2026.now(mvc, json);
        assertThat(Figures2026.added(counted, figures, "/ombudsmanRemedies/due")).isEqualTo(2);
        assertThat(Figures2026.added(counted, figures, "/ombudsmanRemedies/compliedOnTime")).isEqualTo(1);
        assertThat(Figures2026.added(counted, figures, "/ombudsmanRemedies/compliedLate")).isEqualTo(1);
        assertThat(Figures2026.added(counted, figures, "/ombudsmanRemedies/notYetComplied")).isZero();
        assertThat(figures.at("/ombudsman/decided").asLong() - counted.at("/ombudsman/decided").asLong()).isEqualTo(1);
    }
}
