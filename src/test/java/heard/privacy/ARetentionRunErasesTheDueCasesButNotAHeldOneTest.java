package heard.privacy;

import static heard.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.CaseReference;
import heard.casework.Casework;
import heard.casework.CaseworkPersonalData;
import heard.casework.Channel;
import heard.casework.ComplainantRole;
import heard.casework.Complaint;
import heard.casework.ComplaintDetails;
import heard.feedback.FeedbackType;
import heard.feedback.Feedbacks;
import heard.learning.Action;
import heard.learning.ActionOrigin;
import heard.learning.Learning;
import heard.learning.NewLesson;
import heard.learning.RemedyKind;
import heard.notify.NotifyPersonalData;
import heard.ombudsman.Ombudsman;
import heard.ombudsman.OmbudsmanDecision;
import heard.ombudsman.OmbudsmanRecord;
import heard.casework.Money;
import heard.security.StaffAccounts;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import heard.testing.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Six years and more after they closed, two complaints of 2019/20 and a compliment are past their period; the
 * complaints manager holds one complaint for a claim and approves all three. The other two lose their personal
 * data, the held one keeps it, every erasure is recorded, and the published figures of 2019/20 do not change.
 * An erased complaint's letters and what the learning register drew from it alone are erased with it; a lesson
 * drawn from it and another case keeps its words.
 */
@DatabaseTest
@AutoConfigureMockMvc
class ARetentionRunErasesTheDueCasesButNotAHeldOneTest {

    static final String YEAR = "/reports/figures.json?from=2019-04-01&to=2020-03-31";

    @Autowired
    Casework casework;
    @Autowired
    Feedbacks feedbacks;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    RetentionSchedule schedule;
    @Autowired
    Erasures erasures;
    @Autowired
    AuditTrail audit;
    @Autowired
    TestClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    Learning learning;
    @Autowired
    Ombudsman ombudsman;
    @Autowired
    NotifyPersonalData messages;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void the_due_records_lose_their_personal_data_the_held_one_keeps_it_and_the_years_figures_stay() throws Exception {
        PrivacyFixtures people = new PrivacyFixtures(casework, accounts, clock);
        CaseReference due = people.aClosedComplaint(LocalDate.of(2019, 6, 3), PrivacyFixtures.details(
                LocalDate.of(2019, 6, 3), "Pat Parent", "pat@example.org", "07700 900123", "Sam Parent",
                LocalDate.of(2012, 5, 1)));
        CaseReference held = people.aClosedComplaint(LocalDate.of(2019, 9, 2), PrivacyFixtures.details(
                LocalDate.of(2019, 9, 2), "Hana Held", "hana@example.org", "07700 900456", "Holly Held",
                LocalDate.of(2010, 1, 15)));
        CaseReference open = people.anOpenComplaint(LocalDate.of(2019, 10, 7), PrivacyFixtures.details(
                LocalDate.of(2019, 10, 7), "Olga Open", "olga@example.org", null, "Oscar Open", null));
        clock.setDate(LocalDate.of(2019, 11, 4));
        CaseReference compliment = as(people.officer, () -> feedbacks.log(FeedbackType.COMPLIMENT, LocalDate.of(2019, 11, 4),
                Channel.EMAIL, ComplainantRole.PARENT_RELATIVE, "Kim Kind", "kim@example.org", null, null, List.of(),
                "Thank you to Sam's social worker"));
        Visitor manager = new Visitor(mvc, user(people.manager).roles("COMPLAINTS_MANAGER"));
        JsonNode before = figures(manager);

        clock.setDate(LocalDate.of(2026, 7, 1));
        schedule.review();
        assertThat(schedule.due()).extracting(RetentionSchedule.Due::reference)
                .contains(due.value(), held.value(), compliment.value()).doesNotContain(open.value());

        manager.post("/privacy/holds", "reference", held.value(), "reason", "A claim against the council");
        manager.post("/privacy/retention/erase", "erase", "COMPLAINT:" + due.value(), "erase", "COMPLAINT:" + held.value(),
                "erase", "COMPLIMENT:" + compliment.value());

        ComplaintDetails erased = complaint(people, due).details();
        assertThat(erased.complainant().name()).isNull();
        assertThat(erased.complainant().email()).isNull();
        assertThat(erased.complainant().phone()).isNull();
        assertThat(erased.complainant().address()).isNull();
        assertThat(erased.child().name()).isNull();
        assertThat(erased.child().dateOfBirth()).isNull();
        assertThat(erased.child().ageAtReceipt()).isEqualTo(7);
        assertThat(erased.summary()).isEqualTo(CaseworkPersonalData.ERASED);
        assertThat(erased.desiredOutcome()).isEqualTo(CaseworkPersonalData.ERASED);
        assertThat(erased.elements()).containsOnly(CaseworkPersonalData.ERASED);
        assertThat(complaint(people, due).remedies()).extracting(r -> r.description()).containsOnly(CaseworkPersonalData.ERASED);
        assertThat(complaint(people, held).details().complainant().name()).isEqualTo("Hana Held");
        assertThat(complaint(people, held).details().child().dateOfBirth()).isEqualTo(LocalDate.of(2010, 1, 15));
        assertThat(complaint(people, open).details().complainant().name()).isEqualTo("Olga Open");
        assertThat(feedbacks.find(compliment).orElseThrow().record().fromName()).isNull();
        assertThat(feedbacks.find(compliment).orElseThrow().record().summary()).isEqualTo(CaseworkPersonalData.ERASED);

        assertThat(erasures.of(due.value())).singleElement().satisfies(e -> {
            assertThat(e.recordClass()).isEqualTo(RecordClass.COMPLAINT);
            assertThat(e.ground()).isEqualTo(Erasures.Ground.RETENTION);
            assertThat(e.approvedBy()).isEqualTo(people.manager);
        });
        assertThat(erasures.of(compliment.value())).hasSize(1);
        assertThat(erasures.of(held.value())).isEmpty();
        assertThat(audit.history(new AuditSubject("erasure", due.value()))).singleElement()
                .satisfies(e -> assertThat(e.summary()).doesNotContain("Pat Parent").contains(people.manager));
        assertThat(schedule.due()).extracting(RetentionSchedule.Due::reference)
                .contains(held.value()).doesNotContain(due.value(), compliment.value());

        assertThat(figures(manager)).isEqualTo(before);
        assertThat(before.at("/received/stage1").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(before.at("/received/compliments").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_record_not_yet_past_its_period_is_not_listed_and_a_longer_period_takes_it_off_the_list() {
        PrivacyFixtures people = new PrivacyFixtures(casework, accounts, clock);
        CaseReference ref = people.aClosedComplaint(LocalDate.of(2021, 3, 1), PrivacyFixtures.details(
                LocalDate.of(2021, 3, 1), "Nina Notyet", null, null, "Ned Notyet", null));

        clock.setDate(LocalDate.of(2027, 3, 8));
        schedule.review();
        assertThat(schedule.due()).extracting(RetentionSchedule.Due::reference).doesNotContain(ref.value());

        clock.setDate(LocalDate.of(2027, 3, 10));
        schedule.review();
        assertThat(schedule.due()).filteredOn(d -> d.reference().equals(ref.value())).singleElement()
                .satisfies(d -> assertThat(d.dueOn()).isEqualTo(LocalDate.of(2027, 3, 9)));

        RetentionSchedule.Periods periods = schedule.periods();
        java.util.Map<RecordClass, Integer> longer = new java.util.EnumMap<>(periods.years());
        longer.put(RecordClass.COMPLAINT, 7);
        as(people.manager, () -> schedule.change(longer, periods.version()));
        try {
            schedule.review();
            assertThat(schedule.due()).extracting(RetentionSchedule.Due::reference).doesNotContain(ref.value());
        } finally {
            RetentionSchedule.Periods now = schedule.periods();
            as(people.manager, () -> schedule.change(periods.years(), now.version()));
        }
    }

    @Test
    void an_erased_cases_letters_and_the_learning_drawn_from_it_alone_are_erased_and_the_years_figures_stay() throws Exception {
        PrivacyFixtures people = new PrivacyFixtures(casework, accounts, clock);
        CaseReference due = people.aClosedComplaint(LocalDate.of(2019, 6, 10), PrivacyFixtures.details(
                LocalDate.of(2019, 6, 10), "Lena Letter", "lena@example.org", "07700 900321", "Leo Letter",
                LocalDate.of(2011, 3, 4)));
        CaseReference other = people.aClosedComplaint(LocalDate.of(2019, 7, 1), PrivacyFixtures.details(
                LocalDate.of(2019, 7, 1), "Otto Other", null, null, "Olly Other", null));
        Visitor officer = new Visitor(mvc, user(people.officer).roles("COMPLAINTS_OFFICER"));
        String letter = officer.post("/cases/" + due.value() + "/correspondence", "template", "closure", "channel", "LETTER",
                "emailSeen", "lena@example.org", "addressSeen", "1 High Street, Anytown",
                "submission", java.util.UUID.randomUUID().toString()).getResponse().getRedirectedUrl();
        assertThat(letter).as("the letter was made").contains("/correspondence/");
        assertThat(messages.about(due.value())).singleElement()
                .satisfies(m -> assertThat(m.recipientName()).isEqualTo("Lena Letter"));

        long theme = as(people.officer, () -> learning.themes()).get(0).id();
        long alone = as(people.officer, () -> learning.recordLesson(new NewLesson("Lena Letter's calls went unanswered",
                theme, null, null, List.of(due.value()))));
        long shared = as(people.officer, () -> learning.recordLesson(new NewLesson("Calls went unanswered in two families",
                theme, null, null, List.of(due.value(), other.value()))));
        clock.setDate(LocalDate.of(2019, 10, 1));
        as(people.officer, () -> ombudsman.record(new OmbudsmanRecord(due, "19 004 321", LocalDate.of(2019, 6, 20),
                OmbudsmanDecision.UPHELD_FAULT_AND_INJUSTICE, LocalDate.of(2019, 9, 2), null, null, null), -1));
        as(people.officer, () -> learning.askRemedy(due, RemedyKind.PAYMENT, Money.of("250.00"),
                "Pay Lena Letter for the distress to Leo", LocalDate.of(2019, 10, 2)));
        Visitor manager = new Visitor(mvc, user(people.manager).roles("COMPLAINTS_MANAGER"));
        JsonNode before = figures(manager);

        clock.setDate(LocalDate.of(2026, 7, 1));
        schedule.review();
        manager.post("/privacy/retention/erase", "erase", "COMPLAINT:" + due.value());

        assertThat(erasures.of(due.value())).hasSize(1);
        assertThat(messages.about(due.value())).isEmpty();
        assertThat(jdbc.sql("SELECT recipient_name, recipient_address, subject, body FROM notify_message WHERE case_reference = :ref")
                .param("ref", due.value()).query().listOfRows()).singleElement().satisfies(row -> {
                    assertThat(row.get("recipient_name")).isNull();
                    assertThat(row.get("recipient_address")).isNull();
                    assertThat(row.get("subject")).isEqualTo(CaseworkPersonalData.ERASED);
                    assertThat(row.get("body")).isEqualTo(CaseworkPersonalData.ERASED);
                });
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(officer.get(letter + "/letter.pdf").getResponse().getContentAsByteArray())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains(CaseworkPersonalData.ERASED)
                    .doesNotContain("Lena", "High Street");
        }

        assertThat(as(people.officer, () -> learning.lesson(alone)).orElseThrow().whatWentWrong()).isEqualTo(CaseworkPersonalData.ERASED);
        assertThat(as(people.officer, () -> learning.lesson(shared)).orElseThrow().whatWentWrong()).isEqualTo("Calls went unanswered in two families");
        assertThat(as(people.officer, () -> learning.actionsOfCase(due))).filteredOn(a -> a.origin() == ActionOrigin.CASE_ANSWER)
                .extracting(Action::what).containsOnly(CaseworkPersonalData.ERASED);
        assertThat(as(people.officer, () -> learning.actionsOfCase(other))).filteredOn(a -> a.origin() == ActionOrigin.CASE_ANSWER)
                .extracting(Action::what).containsOnly("Return calls within two days");
        assertThat(as(people.officer, () -> learning.remedies(due))).singleElement().satisfies(r -> {
            assertThat(r.description()).isEqualTo(CaseworkPersonalData.ERASED);
            assertThat(r.kind()).isEqualTo(RemedyKind.PAYMENT);
            assertThat(r.amount()).isEqualTo(Money.of("250.00"));
        });

        assertThat(figures(manager)).isEqualTo(before);
    }

    private Complaint complaint(PrivacyFixtures people, CaseReference ref) {
        return as(people.officer, () -> casework.view(ref)).orElseThrow().complaint();
    }

    private JsonNode figures(Visitor visitor) throws Exception {
        return json.readTree(visitor.get(YEAR).getResponse().getContentAsString());
    }
}
