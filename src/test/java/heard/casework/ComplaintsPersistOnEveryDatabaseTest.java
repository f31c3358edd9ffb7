package heard.casework;

import static heard.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.calendar.WorkingDays;
import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.security.StaffMember;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class ComplaintsPersistOnEveryDatabaseTest {

    @Autowired
    Casework casework;
    @Autowired
    CaseList caseList;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    TestClock clock;

    String officer;
    String manager;
    StaffMember responder;
    StaffMember senior;
    String otherResponder;

    @BeforeEach
    void staff() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        officer = create("olive-" + run, "Olive Officer", Role.COMPLAINTS_OFFICER).username();
        manager = create("clare-" + run, "Clare Manager", Role.COMPLAINTS_MANAGER).username();
        responder = create("rita-" + run, "Rita Responder", Role.RESPONDING_MANAGER);
        senior = create("sue-" + run, "Sue Senior", Role.SENIOR_MANAGER);
        otherResponder = create("ron-" + run, "Ron Responder", Role.RESPONDING_MANAGER).username();
        clock.setDate(LocalDate.of(2024, 12, 20));
    }

    private StaffMember create(String username, String name, Role role) {
        return accounts.create(new NewStaffAccount(username, name, null, Set.of(role), null, true)).member();
    }

    @Test
    void everyPartOfAComplaintThroughThreeStagesComesBackAsItWasSaved() {
        CaseReference ref = as(officer, () -> casework.log(new NewComplaint(ComplaintFixtures.details(LocalDate.of(2024, 12, 20)),
                ProcedureKind.STATUTORY, "A parent about their child's social worker", null)));
        assertThat(ref.value()).matches("CSC-2024-\\d{4}");

        as(officer, () -> casework.acknowledge(ref, 0, 1, LocalDate.of(2024, 12, 20)));
        as(officer, () -> casework.allocate(ref, 1, 1, responder.id()));
        clock.setDate(LocalDate.of(2025, 1, 6));
        as(responder.username(), () -> casework.extend(ref, 2, 1, WorkingDays.of(20), LocalDate.of(2025, 1, 6), "Records held elsewhere"));
        as(responder.username(), () -> casework.respond(ref, 3, 1, LocalDate.of(2025, 1, 6), Outcome.PARTIALLY_UPHELD,
                ComplaintFixtures.findings(Outcome.UPHELD, Outcome.NOT_UPHELD),
                List.of(new Remedy(RemedyType.APOLOGY, null, null),
                        new Remedy(RemedyType.FINANCIAL_REMEDY, Money.of("250.00"), "Time and trouble")),
                List.of("Remind the team to return calls within two days")));
        clock.setDate(LocalDate.of(2025, 1, 20));
        as(officer, () -> casework.requestNextStage(ref, 4, LocalDate.of(2025, 1, 20), null));
        as(officer, () -> casework.appointInvestigatingOfficer(ref, 5, new Appointment("Ivan Investigator", LocalDate.of(2025, 1, 20), true)));
        as(officer, () -> casework.appointIndependentPerson(ref, 6, new Appointment("Ida Independent", LocalDate.of(2025, 1, 20), true)));
        as(officer, () -> casework.agreeStatement(ref, 7, LocalDate.of(2025, 1, 20)));
        as(officer, () -> casework.recordCost(ref, 8, new Cost(CostKind.INVESTIGATING_OFFICER, Money.of("1,200.00".replace(",", "")), LocalDate.of(2025, 1, 20))));

        CaseView view = as(officer, () -> casework.view(ref)).orElseThrow();
        Complaint complaint = view.complaint();
        assertThat(complaint.version()).isEqualTo(9);
        assertThat(complaint.details().child().ageAtReceipt()).isEqualTo(12);
        assertThat(complaint.details().child().ageOn(complaint.details().receivedOn())).isEqualTo(12);
        assertThat(complaint.details().elements()).hasSize(2);
        Stage one = complaint.stage(1).orElseThrow();
        List<Remedy> remedies = complaint.remediesAt(1);
        assertThat(one.outcome()).isEqualTo(Outcome.PARTIALLY_UPHELD);
        assertThat(one.extension().to()).isEqualTo(WorkingDays.of(20));
        assertThat(remedies).extracting(Remedy::type).containsExactly(RemedyType.APOLOGY, RemedyType.FINANCIAL_REMEDY);
        assertThat(remedies.get(1).amount()).isEqualTo(Money.of("250.00"));
        assertThat(one.findings()).hasSize(2);
        assertThat(one.actions()).containsExactly("Remind the team to return calls within two days");
        assertThat(one.responderName()).isEqualTo("Rita Responder");
        Stage two = complaint.stage(2).orElseThrow();
        assertThat(two.independentPerson().name()).isEqualTo("Ida Independent");
        assertThat(two.statementAgreedOn()).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(complaint.costs()).singleElement().extracting(Cost::amount).isEqualTo(Money.of("1200"));
        assertThat(complaint.timeline()).extracting(TimelineEntry::event).startsWith(TimelineEntry.Event.RECEIVED,
                TimelineEntry.Event.ACKNOWLEDGED, TimelineEntry.Event.ALLOCATED, TimelineEntry.Event.EXTENDED,
                TimelineEntry.Event.RESPONDED);
        assertThat(view.current()).map(CaseDeadline::effectiveDue).contains(LocalDate.of(2025, 1, 20).plusDays(35));
        assertThat(audit.history(new AuditSubject("case", ref.value()))).extracting("action")
                .contains("logged", "allocated", "extended", "responded", "viewed");
    }

    @Test
    void aMoveOverANewerVersionIsRefusedAndChangesNothing() {
        clock.setDate(LocalDate.of(2024, 12, 20));
        CaseReference ref = as(officer, () -> casework.log(new NewComplaint(ComplaintFixtures.details(LocalDate.of(2024, 12, 19)),
                ProcedureKind.STATUTORY, null, null)));
        as(officer, () -> casework.addNote(ref, 0, "Called the complainant"));

        assertThatThrownBy(() -> as(officer, () -> casework.addNote(ref, 0, "A note typed over an old page")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("case.changedMeanwhile"));
        Complaint complaint = as(officer, () -> casework.view(ref)).orElseThrow().complaint();
        assertThat(complaint.timeline()).filteredOn(t -> t.event() == TimelineEntry.Event.NOTE).hasSize(1);
    }

    @Test
    void aRespondingManagerSeesOnlyTheCasesAllocatedToThem() {
        CaseReference mine = as(officer, () -> casework.log(new NewComplaint(ComplaintFixtures.details(LocalDate.of(2024, 12, 19)),
                ProcedureKind.STATUTORY, null, null)));
        CaseReference notMine = as(officer, () -> casework.log(new NewComplaint(ComplaintFixtures.details(LocalDate.of(2024, 12, 19)),
                ProcedureKind.STATUTORY, null, null)));
        as(officer, () -> casework.allocate(mine, 0, 1, responder.id()));

        assertThat(as(responder.username(), () -> casework.view(mine))).isPresent();
        assertThat(as(responder.username(), () -> casework.view(notMine))).isEmpty();
        assertThat(as(otherResponder, () -> casework.view(mine))).isEmpty();
        assertThat(as(responder.username(), () -> caseList.find(new CaseQuery(null, null, null, null, null, null, null, 1))).cases())
                .extracting(CaseSummary::reference).contains(mine.value()).doesNotContain(notMine.value());
        assertThatThrownBy(() -> as(otherResponder, () -> casework.addNote(mine, 1, "Not my case")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("case.notFound"));
    }

    @Test
    void theCaseListFindsByNameAndFiltersOverdueCases() {
        clock.setDate(LocalDate.of(2024, 12, 20));
        CaseReference old = as(officer, () -> casework.log(new NewComplaint(ComplaintFixtures.details(LocalDate.of(2024, 11, 1)),
                ProcedureKind.STATUTORY, null, null)));
        as(officer, () -> casework.acknowledge(old, 0, 1, LocalDate.of(2024, 11, 1)));

        CasePage overdue = as(officer, () -> caseList.find(new CaseQuery("pat PARENT", null, null, null, null,
                CaseQuery.StatusFilter.OVERDUE, null, 1)));
        assertThat(overdue.cases()).extracting(CaseSummary::reference).contains(old.value());
        assertThat(overdue.cases()).allMatch(c -> c.overdueOn(LocalDate.of(2024, 12, 20)));
    }

    @Test
    void onlyTheComplaintsManagerClosesACase() {
        CaseReference ref = as(officer, () -> casework.log(new NewComplaint(ComplaintFixtures.details(LocalDate.of(2024, 12, 19)),
                ProcedureKind.STATUTORY, null, null)));
        as(officer, () -> casework.withdraw(ref, 0, LocalDate.of(2024, 12, 20), "Resolved on the phone"));

        assertThatThrownBy(() -> as(officer, () -> casework.close(ref, 1, LocalDate.of(2024, 12, 20))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("move.notAllowed"));
        as(manager, () -> casework.close(ref, 1, LocalDate.of(2024, 12, 20)));
        assertThat(as(manager, () -> casework.view(ref)).orElseThrow().complaint().isClosed()).isTrue();
    }
}
