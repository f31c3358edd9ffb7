package heard.casework;

import static heard.casework.ComplaintFixtures.CALENDAR;
import static heard.casework.ComplaintFixtures.CORPORATE;
import static heard.casework.ComplaintFixtures.STATUTORY;
import static heard.casework.ComplaintFixtures.aStageOneComplaint;
import static heard.casework.ComplaintFixtures.anAdjudicatedComplaint;
import static heard.casework.ComplaintFixtures.anAnsweredStageOneComplaint;
import static heard.casework.ComplaintFixtures.findings;
import static heard.casework.ComplaintFixtures.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import heard.casework.domain.ComplaintSnapshot;
import heard.casework.domain.OutOfScopeReason;
import heard.casework.domain.SuspensionReason;
import org.junit.jupiter.api.Test;

/**
 * The moves the other scenarios do not refuse, each refused with its reason, and each leaving the
 * complaint exactly as it was (the same timeline, the same state).
 */
class EveryRefusedMoveSaysWhyAndChangesNothingTest {

    static final LocalDate RECEIVED = LocalDate.of(2025, 9, 1);
    static final LocalDate TODAY = LocalDate.of(2025, 10, 1);

    @Test
    void aComplaintIsAcknowledgedOnceAndNotBeforeItArrived() {
        Complaint c = aStageOneComplaint(RECEIVED);
        refused(c, x -> x.acknowledge(1, RECEIVED.minusDays(1), on(TODAY)), "acknowledge.beforeReceived");
        c.acknowledge(1, RECEIVED, on(TODAY));
        refused(c, x -> x.acknowledge(1, RECEIVED.plusDays(1), on(TODAY)), "acknowledge.already");
        refused(c, x -> x.acknowledge(2, RECEIVED, on(TODAY)), "stage.notStarted");
    }

    @Test
    void anAnsweredStageIsNotAllocatedOrAnsweredAgain() {
        Complaint c = anAnsweredStageOneComplaint(RECEIVED, RECEIVED.plusDays(5));
        refused(c, x -> x.allocate(1, 9L, "Ron", on(TODAY)), "stage.decided");
        refused(c, x -> x.respond(1, TODAY, Outcome.UPHELD, findings(Outcome.UPHELD, Outcome.UPHELD), List.of(),
                List.of(), on(TODAY)), "stage.decided");
        refused(c, x -> x.withdraw(TODAY, "Changed mind", on(TODAY)), "withdraw.nothingOpen");
    }

    @Test
    void aResponseNeedsAnOverallOutcomeThatIsAFinding() {
        Complaint c = aStageOneComplaint(RECEIVED);
        refused(c, x -> x.respond(1, TODAY, null, findings(Outcome.UPHELD, Outcome.UPHELD), List.of(), List.of(),
                on(TODAY)), "respond.outcome.missing");
        refused(c, x -> x.respond(1, TODAY, Outcome.WITHDRAWN, findings(Outcome.UPHELD, Outcome.UPHELD), List.of(),
                List.of(), on(TODAY)), "respond.outcome.missing");
        refused(c, x -> x.respond(1, TODAY, Outcome.UPHELD, List.of(new ElementFinding(1, Outcome.UPHELD, null),
                new ElementFinding(1, Outcome.NOT_UPHELD, null)), List.of(), List.of(), on(TODAY)), "findings.duplicate");
        refused(c, x -> x.respond(1, TODAY.plusDays(1), Outcome.UPHELD, findings(Outcome.UPHELD, Outcome.UPHELD),
                List.of(), List.of(), on(TODAY)), "date.future");
    }

    @Test
    void stageTwoStepsHappenOnceAndInOrder() {
        Complaint c = anAnsweredStageOneComplaint(RECEIVED, RECEIVED.plusDays(5));
        LocalDate requested = RECEIVED.plusDays(8);
        c.requestNextStage(requested, null, STATUTORY, CALENDAR, on(requested));
        refused(c, x -> x.agreeStatement(requested.minusDays(1), on(TODAY)), "statement.beforeRequest");
        refused(c, x -> x.recordInvestigationReport(TODAY, on(TODAY)), "report.noStatement");
        refused(c, x -> x.appointInvestigatingOfficer(new Appointment("Ivan", requested.minusDays(1), false), on(TODAY)),
                "appointment.beforeRequest");
        c.agreeStatement(requested, on(TODAY));
        refused(c, x -> x.agreeStatement(requested.plusDays(1), on(TODAY)), "statement.already");
        c.appointInvestigatingOfficer(new Appointment("Ivan", requested, false), on(TODAY));
        c.appointIndependentPerson(new Appointment("Ida", requested, true), on(TODAY));
        refused(c, x -> x.recordInvestigationReport(requested.minusDays(1), on(TODAY)), "report.beforeStatement");
        refused(c, x -> x.holdPanel(TODAY, on(TODAY)), "stage.notStarted");
    }

    @Test
    void theReviewPanelMeetsOnceAfterItIsAppointedAndReportsAfterItMeets() {
        Complaint c = anAdjudicatedComplaint(RECEIVED, LocalDate.of(2025, 11, 3));
        LocalDate requested = LocalDate.of(2025, 11, 10);
        LocalDate today = LocalDate.of(2025, 12, 20);
        c.requestNextStage(requested, null, STATUTORY, CALENDAR, on(requested));
        refused(c, x -> x.holdPanel(requested, on(today)), "panel.notAppointed");
        refused(c, x -> x.recordPanelReport(today, on(today)), "panelReport.noPanel");
        c.appointPanel(new Appointment("Chris", requested, true), new Appointment("Pam", requested, true),
                new Appointment("Pete", requested, true), on(today));
        refused(c, x -> x.holdPanel(requested.minusDays(1), on(today)), "panel.beforeRequest");
        c.holdPanel(LocalDate.of(2025, 12, 1), on(today));
        refused(c, x -> x.holdPanel(LocalDate.of(2025, 12, 2), on(today)), "panel.alreadyHeld");
        refused(c, x -> x.recordPanelReport(LocalDate.of(2025, 11, 30), on(today)), "panelReport.beforePanel");
        refused(c, x -> x.appointInvestigatingOfficer(new Appointment("Ivan", requested, false), on(today)),
                "stage.decided");
    }

    @Test
    void theCorporateProcedureHasNoInvestigatorsOrPanel() {
        Complaint c = ComplaintFixtures.aCorporateComplaint(RECEIVED);
        c.requestNextStage(RECEIVED.plusDays(3), null, CORPORATE, CALENDAR, on(TODAY));
        refused(c, x -> x.agreeStatement(TODAY, on(TODAY)), "stage.statutoryOnly");
        refused(c, x -> x.appointIndependentPerson(new Appointment("Ida", TODAY, true), on(TODAY)), "stage.statutoryOnly");
    }

    @Test
    void aSuspensionResumesOnlyWhenSuspendedAndCostsBelongToTheirStage() {
        Complaint c = aStageOneComplaint(RECEIVED);
        refused(c, x -> x.resume(TODAY, on(TODAY)), "resume.notSuspended");
        refused(c, x -> x.suspend(TODAY, null, on(TODAY)), "suspend.reason.missing");
        refused(c, x -> x.suspend(RECEIVED.minusDays(1), SuspensionReason.COURT_PROCEEDINGS, on(TODAY)), "suspend.beforeReceived");
        refused(c, x -> x.recordCost(new Cost(CostKind.INDEPENDENT_PERSON, Money.of("100"), TODAY), on(TODAY)), "cost.needsStage");
        refused(c, x -> x.recordCost(new Cost(CostKind.REVIEW_PANEL, Money.of("100"), TODAY), on(TODAY)), "cost.needsStage");
        refused(c, x -> x.recordCost(new Cost(CostKind.MEDIATION, Money.of("100"), RECEIVED.minusDays(1)), on(TODAY)),
                "date.beforeReceived");
        refused(c, x -> x.addNote("  ", on(TODAY)), "note.blank");
        refused(c, x -> x.reopen("Because", on(TODAY)), "reopen.notClosed");
        refused(c, x -> x.acceptLateComplaint("Because", on(TODAY)), "late.notLate");
    }

    @Test
    void theProcedureChangesOnlyToAnotherThatCanHoldTheComplaint() {
        Complaint c = anAdjudicatedComplaint(RECEIVED, LocalDate.of(2025, 11, 3));
        LocalDate today = LocalDate.of(2025, 11, 20);
        c.requestNextStage(LocalDate.of(2025, 11, 10), null, STATUTORY, CALENDAR, on(today));
        refused(c, x -> x.changeProcedure(ProcedureKind.STATUTORY, "Why", null, STATUTORY, on(today)), "procedure.same");
        refused(c, x -> x.changeProcedure(ProcedureKind.CORPORATE, "Why", null, CORPORATE, on(today)), "procedure.tooManyStages");
        refused(c, x -> x.changeProcedure(ProcedureKind.NON_QUALIFYING, "Why", OutOfScopeReason.COURT_PROCEEDINGS,
                null, on(today)), "procedure.nonQualifying.afterAnswer");
        refused(c, x -> x.changeProcedure(ProcedureKind.NON_QUALIFYING, "Why", null, null, on(today)),
                "procedure.outOfScope.missing");
    }

    @Test
    void theReceivedDateCannotMovePastWhatHappenedLater() {
        Complaint c = aStageOneComplaint(RECEIVED);
        c.acknowledge(1, RECEIVED.plusDays(1), on(TODAY));
        ComplaintDetails later = ComplaintFixtures.details(RECEIVED.plusDays(2));
        refused(c, x -> x.correctDetails(later, on(TODAY)), "received.afterLaterEvents");
        ComplaintDetails fewerElements = new ComplaintDetails(RECEIVED, Channel.EMAIL, null, null, false, null, null,
                null, null, null, null, List.of("Only one"), null, null, null);
        Complaint answered = anAnsweredStageOneComplaint(RECEIVED, RECEIVED.plusDays(5));
        refused(answered, x -> x.correctDetails(fewerElements, on(TODAY)), "elements.answeredCannotBeRemoved");
    }

    /** A move on the complaint that must be refused with this reason, leaving the complaint as it was. */
    private static void refused(Complaint complaint, java.util.function.Consumer<Complaint> move, String messageKey) {
        ComplaintSnapshot before = ComplaintSnapshot.of(complaint);
        int timeline = complaint.timeline().size();
        assertThatThrownBy(() -> move.accept(complaint)).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.messageKey()).isEqualTo(messageKey));
        assertThat(ComplaintSnapshot.of(complaint)).isEqualTo(before);
        assertThat(complaint.timeline()).hasSize(timeline);
    }
}
