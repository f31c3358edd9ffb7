package heard.casework;

import static heard.casework.ComplaintFixtures.CALENDAR;
import static heard.casework.ComplaintFixtures.STATUTORY;
import static heard.casework.ComplaintFixtures.aStageOneComplaint;
import static heard.casework.ComplaintFixtures.anAdjudicatedComplaint;
import static heard.casework.ComplaintFixtures.on;
import static heard.casework.ResponderExtendsStageOneWithinTwentyDaysTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import heard.casework.domain.ComplaintDeadlines;
import org.junit.jupiter.api.Test;

class ReviewPanelTest {

    static final LocalDate RECEIVED = LocalDate.of(2022, 5, 3);
    static final LocalDate ADJUDICATED = LocalDate.of(2022, 7, 4);
    static final LocalDate REQUESTED = LocalDate.of(2022, 7, 18);

    private Complaint stageThreeRequested() {
        Complaint complaint = anAdjudicatedComplaint(RECEIVED, ADJUDICATED);
        complaint.requestNextStage(REQUESTED, null, STATUTORY, CALENDAR, on(REQUESTED));
        return complaint;
    }

    private static Appointment independent(String name) {
        return new Appointment(name, REQUESTED, true);
    }

    @Test
    void theStageTwoIndependentPersonMayNotSitOnThePanel() {
        Complaint complaint = stageThreeRequested();

        assertRefused(() -> complaint.appointPanel(independent("Chris Chair"), independent("IDA INDEPENDENT"),
                independent("Pam Panel"), on(REQUESTED)), "panel.wasIndependentPerson");
        assertThat(complaint.stage(3).orElseThrow().panel()).isEmpty();
    }

    @Test
    void everyPanelMemberIsIndependentAndThreeDifferentPeopleSit() {
        Complaint complaint = stageThreeRequested();

        assertRefused(() -> complaint.appointPanel(independent("Chris Chair"), new Appointment("Carl Council", REQUESTED, false),
                independent("Pam Panel"), on(REQUESTED)), "panel.notIndependent");
        assertRefused(() -> complaint.appointPanel(independent("Chris Chair"), independent("Pam Panel"),
                independent("pam panel"), on(REQUESTED)), "panel.samePerson");
    }

    @Test
    void thePanelMeetsWithinThirtyReportsWithinFiveAndTheAuthorityAnswersWithinFifteenWorkingDays() {
        Complaint complaint = stageThreeRequested();
        complaint.appointPanel(independent("Chris Chair"), independent("Pam Panel"), independent("Pete Panel"), on(REQUESTED));
        LocalDate panel = LocalDate.of(2022, 8, 22);
        complaint.holdPanel(panel, on(panel));
        LocalDate report = LocalDate.of(2022, 8, 26);
        complaint.recordPanelReport(report, on(report));

        List<CaseDeadline> deadlines = ComplaintDeadlines.of(complaint, STATUTORY, CALENDAR, report);
        assertThat(find(deadlines, CaseDeadline.Kind.PANEL).due()).isEqualTo(CALENDAR.add(REQUESTED, 30));
        assertThat(find(deadlines, CaseDeadline.Kind.PANEL).metInTime()).isTrue();
        assertThat(find(deadlines, CaseDeadline.Kind.PANEL_REPORT).due()).isEqualTo(CALENDAR.add(panel, 5));
        // Fifteen working days from Friday 26 August 2022, over the Summer bank holiday (29 August): 19 September,
        // itself the State Funeral bank holiday, so 20 September.
        assertThat(find(deadlines, CaseDeadline.Kind.AUTHORITY_RESPONSE).due()).isEqualTo(LocalDate.of(2022, 9, 20));

        LocalDate answered = LocalDate.of(2022, 9, 20);
        complaint.respond(3, answered, Outcome.PARTIALLY_UPHELD, List.of(), List.of(), List.of(), on(answered));
        complaint.close(answered, on(answered));
        assertThat(complaint.isClosed()).isTrue();
    }

    @Test
    void noStageThreeWithoutStageTwo() {
        Complaint complaint = aStageOneComplaint(RECEIVED);

        assertRefused(() -> complaint.holdPanel(REQUESTED, on(REQUESTED)), "stage.notStarted");
    }

    @Test
    void theAuthorityCannotAnswerBeforeThePanelHasReported() {
        Complaint complaint = stageThreeRequested();

        assertRefused(() -> complaint.respond(3, REQUESTED, Outcome.UPHELD, List.of(), List.of(), List.of(), on(REQUESTED)),
                "respond.stage3.noPanelReport");
    }

    static CaseDeadline find(List<CaseDeadline> deadlines, CaseDeadline.Kind kind) {
        return deadlines.stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }
}
