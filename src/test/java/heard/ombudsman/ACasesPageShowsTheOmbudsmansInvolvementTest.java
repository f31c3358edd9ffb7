package heard.ombudsman;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import heard.casework.CaseReference;
import heard.casework.Casework;
import heard.security.StaffAccounts;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import heard.web.RecordPanel;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The Ombudsman's panel on a case's page, rendered as the case page renders every RecordPanel: a
 * summary card of the Ombudsman's involvement, with a link to record or change it for complaints staff.
 */
@DatabaseTest
@AutoConfigureMockMvc
class ACasesPageShowsTheOmbudsmansInvolvementTest {

    @Autowired
    List<RecordPanel> panels;
    @Autowired
    Ombudsman ombudsman;
    @Autowired
    Casework casework;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    SpringTemplateEngine templates;
    @Autowired
    TestClock clock;

    CaseReference complaint;

    @BeforeEach
    void aComplaint() {
        clock.setDate(LocalDate.of(2026, 1, 5));
        complaint = OmbudsmanFixtures.aComplaint(casework, OmbudsmanFixtures.anOfficer(accounts), LocalDate.of(2026, 1, 5));
        clock.setDate(LocalDate.of(2026, 7, 2));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aComplaintsManagerIsOfferedToRecordTheOmbudsmansFirstEnquiry() {
        signedInAs("ROLE_COMPLAINTS_MANAGER");

        Document page = casePage();

        assertThat(ombudsmanCard(page).select(".govuk-summary-card__title").text()).isEqualTo("The Ombudsman");
        assertThat(page.select(".govuk-summary-list__row").eachText()).containsExactly("Involved The Ombudsman has not been involved");
        assertThat(ombudsmanCard(page).select(".govuk-summary-card__actions a").attr("href")).isEqualTo("/ombudsman/" + complaint + "?from=case");
        assertThat(ombudsmanCard(page).select(".govuk-summary-card__actions a").text())
                .isEqualTo("Record the Ombudsman's involvement (The Ombudsman)");
    }

    @Test
    void someoneWhoMayNotRecordItSeesNothingUntilTheOmbudsmanIsInvolved() {
        signedInAs("ROLE_RESPONDING_MANAGER");
        assertThat(casePage().select(".govuk-summary-card")).isEmpty();

        ombudsman.record(new OmbudsmanRecord(complaint, "25 001 234", LocalDate.of(2026, 3, 2), null, null, null, null,
                null), -1);

        Document page = casePage();
        assertThat(page.select(".govuk-summary-list__row").eachText()).containsExactly(
                "The Ombudsman's reference 25 001 234", "First told the council 2 March 2026", "Decision Not decided yet",
                "Remedy No remedy");
        assertThat(ombudsmanCard(page).select(".govuk-summary-card__actions")).isEmpty();
    }

    @Test
    void anOverdueRemedyIsAWarningAndTheDecisionSaysWhetherTheOmbudsmanFoundFault() {
        signedInAs("ROLE_COMPLAINTS_OFFICER");
        ombudsman.record(new OmbudsmanRecord(complaint, null, LocalDate.of(2026, 3, 2),
                OmbudsmanDecision.UPHELD_FAULT_AND_INJUSTICE, LocalDate.of(2026, 6, 1), "Apologise and pay £300",
                LocalDate.of(2026, 7, 1), null), -1);

        Document page = casePage();

        assertThat(page.select(".govuk-warning-text").text()).contains(
                "The remedy the Ombudsman asked for was due on 1 July 2026 and has not been carried out");
        assertThat(page.select(".govuk-summary-list__row").eachText()).contains(
                "Decision Upheld: fault and injustice, on 1 June 2026", "Fault found Yes",
                "Remedy Apologise and pay £300", "Remedy due 1 July 2026 Overdue");
        assertThat(ombudsmanCard(page).select(".govuk-summary-card__actions a").text()).isEqualTo("Change (The Ombudsman)");
    }

    private static void signedInAs(String authority) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("someone",
                null, List.of(new SimpleGrantedAuthority(authority))));
    }

    /** The panels offered for the complaint, rendered as its page renders them. */
    private Document casePage() {
        List<RecordPanel.View> views = panels.stream().map(p -> p.panel(complaint.value())).flatMap(java.util.Optional::stream)
                .toList();
        var exchange = JakartaServletWebApplication.buildApplication(new MockServletContext())
                .buildExchange(new MockHttpServletRequest(), new MockHttpServletResponse());
        return Jsoup.parse(templates.process("testing/record-panels",
                new WebContext(exchange, Locale.UK, Map.of("panels", views))));
    }

    /** The Ombudsman's card among the others on the case's page (its letters and emails, say). */
    private static org.jsoup.select.Elements ombudsmanCard(Document page) {
        return page.select(".govuk-summary-card:has(.govuk-summary-card__title:containsOwn(The Ombudsman))");
    }
}
