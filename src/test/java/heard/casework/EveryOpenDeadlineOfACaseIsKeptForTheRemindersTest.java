package heard.casework;

import static heard.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import heard.casework.domain.SuspensionReason;
import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.security.StaffMember;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reminders are told of every deadline an open case must still meet, not only its earliest: a Stage 1
 * complaint not yet acknowledged has its acknowledgement and its answer open at once, each owned by whom it is
 * for; each leaves the list when it is met, and a suspended case has none. An installation upgraded from a
 * version that kept only the earliest has the rest worked out by the casework job before the next reminders.
 */
@DatabaseTest
class EveryOpenDeadlineOfACaseIsKeptForTheRemindersTest {

    static final LocalDate RECEIVED = LocalDate.of(2025, 3, 3);

    @Autowired
    Casework casework;
    @Autowired
    CurrentDeadlines deadlines;
    @Autowired
    OpenDeadlinesCatchUp catchUp;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    String officer;
    StaffMember responder;

    @BeforeEach
    void staff() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        officer = accounts.create(new NewStaffAccount("olive-" + run, "Olive Officer", null,
                Set.of(Role.COMPLAINTS_OFFICER), null, true)).member().username();
        responder = accounts.create(new NewStaffAccount("rita-" + run, "Rita Responder", null,
                Set.of(Role.RESPONDING_MANAGER), null, true)).member();
        clock.setDate(RECEIVED);
    }

    @Test
    void anUnacknowledgedStageOneComplaintHasItsAcknowledgementAndItsAnswerOpenUntilEachIsMet() {
        CaseReference ref = aStageOneComplaint();
        as(officer, () -> casework.allocate(ref, 0, 1, responder.id()));

        // Acknowledgement in 3 working days (Thursday 6 March), answer in 10 (Monday 17 March).
        assertThat(openOf(ref)).extracting(CurrentDeadlines.Due::kind, CurrentDeadlines.Due::due,
                CurrentDeadlines.Due::responderId).containsExactly(
                tuple(CaseDeadline.Kind.ACKNOWLEDGEMENT, LocalDate.of(2025, 3, 6), null),
                tuple(CaseDeadline.Kind.RESPONSE, LocalDate.of(2025, 3, 17), responder.id()));

        as(officer, () -> casework.acknowledge(ref, 1, 1, RECEIVED));
        assertThat(openOf(ref)).extracting(CurrentDeadlines.Due::kind).containsExactly(CaseDeadline.Kind.RESPONSE);

        as(officer, () -> casework.suspend(ref, 2, RECEIVED, SuspensionReason.COURT_PROCEEDINGS));
        assertThat(openOf(ref)).isEmpty();
    }

    @Test
    void anUpgradedInstallationsOpenCasesHaveEveryDeadlineWorkedOutByTheCaseworkJob() {
        CaseReference ref = aStageOneComplaint();
        long id = jdbc.sql("SELECT id FROM complaint WHERE reference = :ref").param("ref", ref.value())
                .query(Long.class).single();
        // As migration V030 leaves a case saved before it: its earliest deadline only, and flagged.
        jdbc.sql("DELETE FROM complaint_open_deadline WHERE complaint_id = :id AND kind <> 'ACKNOWLEDGEMENT'")
                .param("id", id).update();
        jdbc.sql("UPDATE complaint SET deadlines_listed = FALSE WHERE id = :id").param("id", id).update();
        assertThat(openOf(ref)).extracting(CurrentDeadlines.Due::kind).containsExactly(CaseDeadline.Kind.ACKNOWLEDGEMENT);

        assertThat(catchUp.run()).isPositive();

        assertThat(openOf(ref)).extracting(CurrentDeadlines.Due::kind)
                .containsExactly(CaseDeadline.Kind.ACKNOWLEDGEMENT, CaseDeadline.Kind.RESPONSE);
        assertThat(catchUp.run()).isZero();
    }

    private CaseReference aStageOneComplaint() {
        return as(officer, () -> casework.log(new NewComplaint(ComplaintFixtures.details(RECEIVED),
                ProcedureKind.STATUTORY, "A parent about their child's social worker", null)));
    }

    private List<CurrentDeadlines.Due> openOf(CaseReference ref) {
        return deadlines.dueBy(RECEIVED.plusYears(1)).stream().filter(d -> d.reference().equals(ref)).toList();
    }
}
