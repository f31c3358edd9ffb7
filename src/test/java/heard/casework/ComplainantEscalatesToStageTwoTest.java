package heard.casework;

import static heard.casework.ComplaintFixtures.CALENDAR;
import static heard.casework.ComplaintFixtures.STATUTORY;
import static heard.casework.ComplaintFixtures.aStageOneComplaint;
import static heard.casework.ComplaintFixtures.anAnsweredStageOneComplaint;
import static heard.casework.ComplaintFixtures.on;
import static heard.casework.ResponderExtendsStageOneWithinTwentyDaysTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import heard.casework.domain.ComplaintDeadlines;
import org.junit.jupiter.api.Test;

class ComplainantEscalatesToStageTwoTest {

    static final LocalDate RECEIVED = LocalDate.of(2023, 4, 3);
    static final LocalDate ANSWERED = LocalDate.of(2023, 4, 14);

    @Test
    void aRequestWithinTwentyWorkingDaysOfTheAnswerStartsStageTwo() {
        Complaint complaint = anAnsweredStageOneComplaint(RECEIVED, ANSWERED);
        // Twenty working days from Friday 14 April 2023, with the 1 and 8 May (Coronation) bank holidays: 16 May.
        assertThat(ComplaintDeadlines.nextStageRequestDue(complaint, STATUTORY, CALENDAR)).contains(LocalDate.of(2023, 5, 16));

        complaint.requestNextStage(LocalDate.of(2023, 5, 16), null, STATUTORY, CALENDAR, on(LocalDate.of(2023, 5, 16)));

        Stage two = complaint.stage(2).orElseThrow();
        assertThat(two.requestedOn()).isEqualTo(LocalDate.of(2023, 5, 16));
        assertThat(two.lateRequestDiscretion()).isNull();
        assertThat(complaint.stage(1).orElseThrow().outcome()).isEqualTo(Outcome.PARTIALLY_UPHELD);
    }

    @Test
    void aLateRequestIsAcceptedOnlyWithTheCouncilsDiscretionRecorded() {
        Complaint complaint = anAnsweredStageOneComplaint(RECEIVED, ANSWERED);
        LocalDate late = LocalDate.of(2023, 5, 17);

        assertThatThrownBy(() -> complaint.requestNextStage(late, null, STATUTORY, CALENDAR, on(late)))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.field()).isEqualTo("discretion");
                    assertThat(r.messageKey()).isEqualTo("stage.request.lateNeedsDiscretion");
                    assertThat(r.arguments()).containsExactly(2, LocalDate.of(2023, 5, 16));
                });
        assertThat(complaint.stage(2)).isEmpty();

        complaint.requestNextStage(late, "Complainant was in hospital", STATUTORY, CALENDAR, on(late));
        assertThat(complaint.stage(2).orElseThrow().lateRequestDiscretion()).isEqualTo("Complainant was in hospital");
    }

    @Test
    void goingToStageTwoBeforeStageOneAnswersRecordsStageOneAsEscalatedWithoutResponse() {
        Complaint complaint = aStageOneComplaint(RECEIVED);
        LocalDate requested = LocalDate.of(2023, 5, 10);

        complaint.requestNextStage(requested, null, STATUTORY, CALENDAR, on(requested));

        Stage one = complaint.stage(1).orElseThrow();
        assertThat(one.outcome()).isEqualTo(Outcome.ESCALATED_WITHOUT_RESPONSE);
        assertThat(one.decidedOn()).isEqualTo(requested);
        assertThat(one.respondedOn()).isNull();
    }

    @Test
    void aRequestCannotPrecedeTheAnswerNorBeInTheFuture() {
        Complaint complaint = anAnsweredStageOneComplaint(RECEIVED, ANSWERED);

        assertRefused(() -> complaint.requestNextStage(ANSWERED.minusDays(1), null, STATUTORY, CALENDAR, on(ANSWERED)),
                "stage.request.beforeAnswer");
        assertRefused(() -> complaint.requestNextStage(ANSWERED.plusDays(2), null, STATUTORY, CALENDAR, on(ANSWERED.plusDays(1))),
                "date.future");
    }

    @Test
    void aWithdrawnComplaintHasNoNextStage() {
        Complaint complaint = aStageOneComplaint(RECEIVED);
        complaint.withdraw(LocalDate.of(2023, 4, 6), "Resolved with the team", on(LocalDate.of(2023, 4, 6)));

        assertRefused(() -> complaint.requestNextStage(LocalDate.of(2023, 4, 10), null, STATUTORY, CALENDAR,
                on(LocalDate.of(2023, 4, 10))), "stage.request.withdrawn");
    }

    @Test
    void theAnswerCannotBeDatedBeforeTheComplaintWasReceived() {
        Complaint complaint = aStageOneComplaint(RECEIVED);

        assertRefused(() -> complaint.respond(1, RECEIVED.minusDays(1), Outcome.UPHELD,
                ComplaintFixtures.findings(Outcome.UPHELD, Outcome.UPHELD), List.of(), List.of(), on(RECEIVED)),
                "respond.beforeStage");
    }

    @Test
    void everyElementNeedsAFindingAtStageOne() {
        Complaint complaint = aStageOneComplaint(RECEIVED);

        assertRefused(() -> complaint.respond(1, ANSWERED, Outcome.UPHELD,
                List.of(new ElementFinding(1, Outcome.UPHELD, null)), List.of(), List.of(), on(ANSWERED)),
                "findings.missing");
        assertRefused(() -> complaint.respond(1, ANSWERED, Outcome.UPHELD,
                List.of(new ElementFinding(3, Outcome.UPHELD, null)), List.of(), List.of(), on(ANSWERED)),
                "findings.noSuchElement");
    }
}
