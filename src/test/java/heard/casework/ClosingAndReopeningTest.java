package heard.casework;

import static heard.casework.ComplaintFixtures.CALENDAR;
import static heard.casework.ComplaintFixtures.CORPORATE;
import static heard.casework.ComplaintFixtures.STATUTORY;
import static heard.casework.ComplaintFixtures.aCorporateComplaint;
import static heard.casework.ComplaintFixtures.aStageOneComplaint;
import static heard.casework.ComplaintFixtures.anAnsweredStageOneComplaint;
import static heard.casework.ComplaintFixtures.on;
import static heard.casework.ResponderExtendsStageOneWithinTwentyDaysTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import heard.casework.domain.ComplaintDeadlines;
import heard.casework.domain.OutOfScopeReason;
import org.junit.jupiter.api.Test;

class ClosingAndReopeningTest {

    static final LocalDate RECEIVED = LocalDate.of(2025, 6, 2);

    @Test
    void aCaseClosesOnlyWhenEveryStageHasItsOutcome() {
        Complaint complaint = aStageOneComplaint(RECEIVED);
        assertRefused(() -> complaint.close(RECEIVED, on(RECEIVED)), "close.stageOpen");

        complaint.withdraw(RECEIVED.plusDays(2), "Resolved informally", on(RECEIVED.plusDays(2)));
        assertThat(complaint.stage(1).orElseThrow().outcome()).isEqualTo(Outcome.WITHDRAWN);
        assertRefused(() -> complaint.close(RECEIVED.plusDays(1), on(RECEIVED.plusDays(2))), "close.beforeOutcome");

        complaint.close(RECEIVED.plusDays(2), on(RECEIVED.plusDays(2)));
        assertThat(complaint.isClosed()).isTrue();
    }

    @Test
    void aClosedCaseRefusesChangesUntilTheComplaintsManagerReopensIt() {
        Complaint complaint = anAnsweredStageOneComplaint(RECEIVED, RECEIVED.plusDays(8));
        LocalDate closed = RECEIVED.plusDays(9);
        complaint.close(closed, on(closed));

        LocalDate request = RECEIVED.plusDays(14);
        assertRefused(() -> complaint.requestNextStage(request, null, STATUTORY, CALENDAR, on(request)), "case.closed");
        assertRefused(() -> complaint.reopen(" ", on(request)), "reopen.reasons.missing");

        complaint.reopen("Complainant asked for Stage 2", on(request));
        complaint.requestNextStage(request, null, STATUTORY, CALENDAR, on(request));
        assertThat(complaint.stage(2)).isPresent();
        assertThat(complaint.timeline()).extracting(TimelineEntry::event)
                .contains(TimelineEntry.Event.CLOSED, TimelineEntry.Event.REOPENED, TimelineEntry.Event.STAGE_REQUESTED);
    }

    @Test
    void aCorporateComplaintIsTimedFromItsAcknowledgementAndHasNoThirdStage() {
        Complaint complaint = aCorporateComplaint(RECEIVED);
        LocalDate acknowledged = LocalDate.of(2025, 6, 4);
        complaint.acknowledge(1, acknowledged, on(acknowledged));

        CaseDeadline response = ComplaintDeadlines.of(complaint, CORPORATE, CALENDAR, acknowledged).stream()
                .filter(d -> d.kind() == CaseDeadline.Kind.RESPONSE).findFirst().orElseThrow();
        assertThat(response.start()).isEqualTo(acknowledged);
        assertThat(response.due()).isEqualTo(CALENDAR.add(acknowledged, 10));
        assertThat(response.limit()).isEqualTo(CALENDAR.add(acknowledged, 20));

        complaint.requestNextStage(LocalDate.of(2025, 6, 10), null, CORPORATE, CALENDAR, on(LocalDate.of(2025, 6, 10)));
        assertRefused(() -> complaint.requestNextStage(LocalDate.of(2025, 6, 11), null, CORPORATE, CALENDAR,
                on(LocalDate.of(2025, 6, 11))), "stage.request.noSuchStage");
    }

    @Test
    void changingTheProcedureMovesTheDeadlinesAndIsRecordedWithReasons() {
        Complaint complaint = aCorporateComplaint(RECEIVED);
        LocalDate today = RECEIVED.plusDays(1);

        assertRefused(() -> complaint.changeProcedure(ProcedureKind.STATUTORY, "", null, STATUTORY, on(today)),
                "procedure.reasons.missing");
        complaint.changeProcedure(ProcedureKind.STATUTORY, "The child is looked after: statutory", null, STATUTORY, on(today));

        CaseDeadline response = ComplaintDeadlines.of(complaint, STATUTORY, CALENDAR, today).stream()
                .filter(d -> d.kind() == CaseDeadline.Kind.RESPONSE).findFirst().orElseThrow();
        assertThat(response.start()).isEqualTo(RECEIVED);
        assertThat(response.due()).isEqualTo(CALENDAR.add(RECEIVED, 10));
        assertThat(complaint.eligibility().reasons()).isEqualTo("The child is looked after: statutory");
    }

    @Test
    void aComplaintMoreThanTwelveMonthsAfterTheMatterWaitsForTheManagersDecision() {
        ComplaintDetails late = new ComplaintDetails(RECEIVED, Channel.LETTER, Complainant.anonymous(), Child.none(),
                false, null, Advocacy.NOT_OFFERED, null, null, null, null, null, null, null, LocalDate.of(2024, 5, 1));
        Complaint complaint = Complaint.receive(new CaseReference("CSC-LATE"), ProcedureKind.STATUTORY, late, null, null,
                on(RECEIVED));

        assertThat(complaint.awaitsLateDecision()).isTrue();
        assertRefused(() -> complaint.allocate(1, 1L, "Rita", on(RECEIVED)), "late.decisionPending");

        complaint.acceptLateComplaint("The complainant only learned of the decision in April", on(RECEIVED));
        complaint.allocate(1, 1L, "Rita", on(RECEIVED));
        assertThat(complaint.awaitsLateDecision()).isFalse();
    }

    @Test
    void aComplaintCannotBeReceivedInTheFuture() {
        assertRefused(() -> Complaint.receive(new CaseReference("CSC-FUTURE"), ProcedureKind.STATUTORY,
                ComplaintFixtures.details(RECEIVED.plusDays(1)), null, null, on(RECEIVED)), "date.future");
    }

    @Test
    void aNonQualifyingComplaintRecordsWhyItIsOutOfScopeAndHasNoStages() {
        assertRefused(() -> Complaint.receive(new CaseReference("CSC-NQ"), ProcedureKind.NON_QUALIFYING,
                ComplaintFixtures.details(RECEIVED), null, null, on(RECEIVED)), "procedure.outOfScope.missing");

        Complaint complaint = Complaint.receive(new CaseReference("CSC-NQ"), ProcedureKind.NON_QUALIFYING,
                ComplaintFixtures.details(RECEIVED), "Care proceedings are under way", OutOfScopeReason.COURT_PROCEEDINGS,
                on(RECEIVED));
        assertThat(complaint.stages()).isEmpty();
        assertThat(complaint.outOfScope()).isEqualTo(OutOfScopeReason.COURT_PROCEEDINGS);
        complaint.close(RECEIVED, on(RECEIVED));
        assertThat(complaint.isClosed()).isTrue();
    }
}
