package heard.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
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

/**
 * A lesson and an Ombudsman remedy are corrected after they were recorded: each form opens filled in with what is
 * recorded, the aggregate's rules still hold, a second officer who opened the form before the first saved is refused
 * with what it says now (nothing of the first's is overwritten), and the audit trail keeps before and after.
 */
@DatabaseTest
@AutoConfigureMockMvc
class AnOfficerCorrectsALessonAndARemedyAndASecondEditorOverwritesNothingTest {

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
    AuditTrail audit;
    @Autowired
    TestClock clock;

    String olive;
    String oscar;
    CaseReference complaint;
    CaseReference another;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 5, 5));
        olive = LearningFixtures.aMember(accounts, "Olive Officer", Role.COMPLAINTS_OFFICER).member().username();
        oscar = LearningFixtures.aMember(accounts, "Oscar Officer", Role.COMPLAINTS_OFFICER).member().username();
        complaint = LearningFixtures.aComplaint(casework, olive, LocalDate.of(2026, 4, 1));
        another = LearningFixtures.aComplaint(casework, olive, LocalDate.of(2026, 4, 2));
    }

    @Test
    void aLessonIsCorrectedOnceAndTheSecondEditorIsToldWhatItSaysNow() throws Exception {
        List<Theme> themes = learning.themes();
        long lesson = SignedIn.as(olive, () -> learning.recordLesson(new NewLesson("Calls were not retuned",
                themes.get(0).id(), null, null, List.of(complaint.value()))));
        String edit = LearningPaths.lesson(lesson) + "/edit";
        Visitor first = new Visitor(mvc, user(olive).roles("COMPLAINTS_OFFICER"));
        Visitor second = new Visitor(mvc, user(oscar).roles("COMPLAINTS_OFFICER"));

        Document form = Visitor.page(first.get(edit));
        assertThat(form.select("textarea[name=whatWentWrong]").text()).isEqualTo("Calls were not retuned");
        assertThat(form.select("select[name=themeId] option[selected]").attr("value")).isEqualTo(String.valueOf(themes.get(0).id()));
        assertThat(form.select("textarea[name=cases]").text()).isEqualTo(complaint.value());
        assertThat(form.select("input[name=version]").val()).isEqualTo("0");
        assertThat(Visitor.page(second.get(edit)).select("input[name=version]").val()).isEqualTo("0");

        MvcResult noCases = first.post(edit, "whatWentWrong", "Calls were not returned", "themeId",
                String.valueOf(themes.get(1).id()), "teamId", "", "cases", "", "version", "0");
        assertThat(Visitor.page(noCases).select(".govuk-error-summary").text()).contains("There is a problem");
        assertThat(SignedIn.as(olive, () -> learning.lesson(lesson).orElseThrow()).version()).as("nothing saved").isZero();

        assertThat(first.post(edit, "whatWentWrong", "Calls were not returned", "themeId",
                String.valueOf(themes.get(1).id()), "teamId", "", "cases", complaint.value() + "\n" + another.value(),
                "version", "0").getResponse().getRedirectedUrl()).isEqualTo(LearningPaths.lesson(lesson));

        MvcResult late = second.post(edit, "whatWentWrong", "Nobody called back", "themeId",
                String.valueOf(themes.get(0).id()), "teamId", "", "cases", complaint.value(), "version", "0");
        Document refused = Visitor.page(late);
        assertThat(refused.select(".govuk-error-summary").text()).contains("Someone else changed this");
        assertThat(refused.title()).startsWith("Error:");
        assertThat(refused.select("textarea[name=whatWentWrong]").text()).as("what it says now")
                .isEqualTo("Calls were not returned");
        assertThat(refused.select("input[name=version]").val()).isEqualTo("1");

        Lesson saved = SignedIn.as(olive, () -> learning.lesson(lesson).orElseThrow());
        assertThat(saved.whatWentWrong()).isEqualTo("Calls were not returned");
        assertThat(saved.themeId()).isEqualTo(themes.get(1).id());
        assertThat(saved.cases()).containsExactlyInAnyOrder(complaint.value(), another.value());
        assertThat(saved.recordedBy()).isEqualTo("Olive Officer");
        assertThat(audit.history(new AuditSubject("learning-lesson", String.valueOf(lesson))))
                .filteredOn(e -> e.action().equals("changed")).singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(olive);
                    assertThat(e.before()).contains("Calls were not retuned");
                    assertThat(e.after()).contains("Calls were not returned", another.value());
                });
    }

    @Test
    void aRemedyIsCorrectedUnderItsRulesAndItsDueDateStaysOnceCarriedOut() throws Exception {
        ombudsman.record(new OmbudsmanRecord(complaint, "25 001 234", LocalDate.of(2026, 4, 20),
                OmbudsmanDecision.UPHELD_FAULT_AND_INJUSTICE, DECIDED, null, null, null), -1);
        long remedy = SignedIn.as(olive, () -> learning.askRemedy(complaint, RemedyKind.PAYMENT, Money.of("30"),
                "For the time and trouble", LocalDate.of(2026, 6, 12)));
        String page = LearningPaths.remedies(complaint.value());
        String edit = page + "/" + remedy + "/edit";
        Visitor first = new Visitor(mvc, user(olive).roles("COMPLAINTS_OFFICER"));
        Visitor second = new Visitor(mvc, user(oscar).roles("COMPLAINTS_OFFICER"));

        assertThat(Visitor.page(first.get(page)).select("#remedies a[href$=/edit]").attr("href")).isEqualTo(edit);
        Document form = Visitor.page(first.get(edit));
        assertThat(form.select("input[name=kind][checked]").val()).isEqualTo("PAYMENT");
        assertThat(form.select("input[name=amount]").val()).isEqualTo("30.00");
        assertThat(form.select("input[name=dueOn.day]").val()).isEqualTo("12");
        assertThat(form.select("input[name=version]").val()).isEqualTo("0");

        MvcResult beforeDecision = first.post(edit, "kind", "PAYMENT", "amount", "300", "description",
                "For the time and trouble", "dueOn.day", "30", "dueOn.month", "4", "dueOn.year", "2026", "version", "0");
        assertThat(Visitor.page(beforeDecision).select(".govuk-error-summary").text())
                .contains("The remedy cannot be due before the Ombudsman decided (1 May 2026)");
        MvcResult apologyWithMoney = first.post(edit, "kind", "APOLOGY", "amount", "300", "description", "",
                "dueOn.day", "12", "dueOn.month", "6", "dueOn.year", "2026", "version", "0");
        assertThat(Visitor.page(apologyWithMoney).select(".govuk-error-summary").text()).contains("There is a problem");

        assertThat(first.post(edit, "kind", "PAYMENT", "amount", "300", "description", "For the time and trouble",
                "dueOn.day", "12", "dueOn.month", "6", "dueOn.year", "2026", "version", "0")
                .getResponse().getRedirectedUrl()).isEqualTo(page);
        Document refused = Visitor.page(second.post(edit, "kind", "PAYMENT", "amount", "50", "description", "",
                "dueOn.day", "1", "dueOn.month", "7", "dueOn.year", "2026", "version", "0"));
        assertThat(refused.select(".govuk-error-summary").text()).contains("Someone else changed this");
        assertThat(refused.select("input[name=amount]").val()).as("what it says now").isEqualTo("300.00");

        OmbudsmanRemedy saved = learning.remedies(complaint).get(0);
        assertThat(saved.amount()).isEqualTo(Money.of("300"));
        assertThat(saved.dueOn()).isEqualTo(LocalDate.of(2026, 6, 12));
        assertThat(audit.history(new AuditSubject("ombudsman-remedy", String.valueOf(remedy))))
                .filteredOn(e -> e.action().equals("changed")).singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(olive);
                    assertThat(e.before()).contains("30");
                    assertThat(e.after()).contains("300");
                });

        clock.setDate(LocalDate.of(2026, 6, 19));
        SignedIn.as(olive, () -> learning.comply(remedy, 1, LocalDate.of(2026, 6, 19), "BACS payment reference 4411"));
        Document complied = Visitor.page(first.get(edit));
        assertThat(complied.select(".govuk-inset-text").text()).contains("carried out on 19 June 2026");
        MvcResult movedAfter = first.post(edit, "kind", "PAYMENT", "amount", "300", "description", "",
                "dueOn.day", "30", "dueOn.month", "6", "dueOn.year", "2026", "version", "2");
        assertThat(Visitor.page(movedAfter).select(".govuk-error-summary").text())
                .contains("The due date cannot change once the remedy is carried out");
        assertThat(learning.remedies(complaint).get(0).late()).as("still late, as the Ombudsman counts it").isTrue();
    }
}
