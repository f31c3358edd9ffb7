package heard.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import heard.audit.AuditEvent;
import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.domain.RestrictionReason;
import heard.organisation.OrganisationSettings;
import heard.security.StaffAccounts;
import heard.testing.DatabaseTest;
import heard.testing.SignedIn;
import heard.testing.TestClock;
import heard.web.Notice;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A complaint from a member of staff, or about a family known to staff, is restricted on the log form itself: the
 * same reasons and rules as restricting it from its page, shown on the check page with a link to change it, and the
 * case logged and restricted in one change, so that nobody it is restricted from ever sees it. The officer, named on
 * no case as it is logged, is warned, and lands on the case list; the complaints manager sees it, restricted, with
 * the restriction in its timeline and the audit trail as one made from its page is.
 */
@DatabaseTest
@AutoConfigureMockMvc
class AnOfficerLogsACaseRestrictedFromTheStartTest {

    static final LocalDate RECEIVED = LocalDate.of(2025, 6, 2);

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    TestClock clock;
    @Autowired
    Casework casework;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    CaseworkPages pages;
    Map<String, Object> complaint;

    @BeforeEach
    void aComplaintFromAMemberOfStaff() {
        clock.setDate(RECEIVED);
        pages = new CaseworkPages(mvc, accounts, organisation);
        complaint = pages.aPhoneComplaint(RECEIVED);
    }

    @Test
    void askingForARestrictionNeedsAReasonAndWordsForAnotherEachInTheErrorSummary() throws Exception {
        long before = cases();
        complaint.put("restrict", "yes");

        MvcResult noReason = pages.post(pages.officer, "/cases/new", complaint);
        assertThat(CaseworkPages.errors(noReason)).containsExactly("Select why the case is to be restricted");
        assertThat(CaseworkPages.errorLinks(noReason)).containsExactly("#restrictionReason");
        assertThat(CaseworkPages.page(noReason).select("#restrict").hasAttr("checked")).isTrue();

        complaint.put("restrictionReason", "OTHER");
        complaint.put("restrictionOtherReason", "  ");
        MvcResult noWords = pages.post(pages.officer, "/cases/new", complaint);
        assertThat(CaseworkPages.errors(noWords)).containsExactly("Enter why the case is to be restricted");
        assertThat(CaseworkPages.errorLinks(noWords)).containsExactly("#restrictionOtherReason");

        complaint.put("restrictionOtherReason", "x".repeat(501));
        assertThat(CaseworkPages.errors(pages.post(pages.officer, "/cases/new", complaint)))
                .containsExactly("The reason must be 500 characters or fewer");

        complaint.remove("restrict");
        assertThat(pages.post(pages.officer, "/cases/new", complaint).getResponse().getRedirectedUrl())
                .as("a reason chosen but the restriction not asked for").isEqualTo("/cases/new/check");
        assertThat(CaseworkPages.page(pages.get(pages.officer, "/cases/new/check")).select(".govuk-summary-list__row")
                .stream().filter(row -> row.text().startsWith("Restricted")).findFirst().orElseThrow().text())
                .contains("Restricted No");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void theOfficerLogsItRestrictedIsWarnedAndLandsOnTheCaseListAndOnlyTheManagerSeesIt() throws Exception {
        complaint.put("restrict", "yes");
        complaint.put("restrictionReason", "STAFF_COMPLAINANT");
        Document form = CaseworkPages.page(pages.get(pages.officer, "/cases/new"));
        assertThat(form.select("#conditional-restrict").text()).contains("Nobody is named on this case yet",
                "once it is logged restricted, you will no longer be able to see it");
        pages.fillIn(complaint);

        Document check = CaseworkPages.page(pages.get(pages.officer, "/cases/new/check"));
        assertThat(check.select(".govuk-summary-card__title").eachText()).endsWith("Who can see it");
        assertThat(check.select("a[href=/cases/new#restrict]").text()).startsWith("Change whether the case is restricted");
        assertThat(check.select(".govuk-summary-list__row").last().text())
                .contains("Restricted", "Yes: A member of staff is complaining");
        assertThat(check.select(".govuk-warning-text").text()).contains("you will no longer be able to see it");
        assertThat(CaseworkPages.page(pages.get(pages.officer, "/cases/new")).select("#restrictionReason-2")
                .hasAttr("checked")).as("the answer, to change it").isTrue();

        MvcResult logged = pages.post(pages.officer, "/cases/new/check", Map.of());
        assertThat(logged.getResponse().getRedirectedUrl()).isEqualTo("/cases");
        Notice notice = (Notice) logged.getFlashMap().get(Notice.ATTRIBUTE);
        assertThat(notice.key()).isEqualTo("log.done.outOfSight");
        String reference = (String) notice.args().get(0);

        assertThat(pages.get(pages.officer, "/cases/" + reference).getResponse().getStatus()).isEqualTo(404);
        // The case list, as the officer lands on it: the banner names the case, the list does not.
        Document list = CaseworkPages.page(pages.get(pages.officer, "/cases?status=ALL&q=" + reference));
        assertThat(list.select(".govuk-notification-banner--success").text())
                .contains("Case " + reference + " logged and restricted. You are not named on it");
        assertThat(list.text()).contains("No cases found");
        Document page = CaseworkPages.page(pages.get(pages.manager, "/cases/" + reference));
        assertThat(page.select("#restriction").text()).contains("This is a restricted record",
                "A member of staff is complaining", pages.manager.displayName() + " (complaints manager)");
        assertThat(page.text()).contains("Case restricted to the staff named on it and complaints managers");

        List<AuditEvent> history = audit.history(new AuditSubject("case", reference));
        assertThat(history.stream().map(AuditEvent::action)).containsSubsequence("logged", "restricted", "refused");
        AuditEvent restricted = history.stream().filter(e -> e.action().equals("restricted")).findFirst().orElseThrow();
        assertThat(restricted.actor()).isEqualTo(pages.officer.username());
        assertThat(restricted.before()).doesNotContain("STAFF_COMPLAINANT");
        assertThat(restricted.after()).contains("STAFF_COMPLAINANT");
        assertThat(history.stream().filter(e -> e.action().equals("logged")).findFirst().orElseThrow().after())
                .isEqualTo(restricted.before());
    }

    @Test
    void theManagerLogsItRestrictedForAnotherReasonAndStaysOnTheCase() throws Exception {
        complaint.put("restrict", "yes");
        complaint.put("restrictionReason", "OTHER");
        complaint.put("restrictionOtherReason", "The child's foster carer works in the complaints team");
        assertThat(pages.post(pages.manager, "/cases/new", complaint).getResponse().getRedirectedUrl())
                .isEqualTo("/cases/new/check");
        Document check = CaseworkPages.page(pages.get(pages.manager, "/cases/new/check"));
        assertThat(check.select(".govuk-summary-list__row").last().text())
                .contains("Yes: The child's foster carer works in the complaints team");
        assertThat(check.select(".govuk-warning-text")).as("a manager sees every case").isEmpty();

        MvcResult logged = pages.post(pages.manager, "/cases/new/check", Map.of());
        String reference = logged.getResponse().getRedirectedUrl().substring("/cases/".length());
        assertThat(logged.getFlashMap().get(Notice.ATTRIBUTE)).isEqualTo(Notice.of("log.done.restricted", reference));
        assertThat(CaseworkPages.page(pages.get(pages.manager, "/cases/" + reference)).select("#restriction").text())
                .contains("The child's foster carer works in the complaints team");
        assertThat(pages.get(pages.officer, "/cases/" + reference).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aRestrictionTheCaseRefusesLogsNothing() {
        long before = cases();
        NewComplaint restricted = new NewComplaint(RecordType.COMPLAINT, ComplaintFixtures.details(RECEIVED),
                ProcedureKind.STATUTORY, null, null, new NewComplaint.Restricting(RestrictionReason.OTHER, " "));
        UUID submission = UUID.randomUUID();

        assertThatThrownBy(() -> SignedIn.as(pages.officer.username(), () -> casework.log(restricted, submission)))
                .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("messageKey", "restrict.otherReason.missing");
        assertThat(cases()).isEqualTo(before);
        assertThat(casework.loggedBy(submission)).isEmpty();
    }

    private long cases() {
        return jdbc.sql("SELECT COUNT(*) FROM complaint").query(Long.class).single();
    }
}
