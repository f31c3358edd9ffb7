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

    private Complaint complaint(PrivacyFixtures people, CaseReference ref) {
        return as(people.officer, () -> casework.view(ref)).orElseThrow().complaint();
    }

    private JsonNode figures(Visitor visitor) throws Exception {
        return json.readTree(visitor.get(YEAR).getResponse().getContentAsString());
    }
}
