package heard.casework;

import static heard.casework.ComplaintFixtures.CALENDAR;
import static heard.casework.ComplaintFixtures.STATUTORY;
import static heard.casework.ComplaintFixtures.anAnsweredStageOneComplaint;
import static heard.casework.ComplaintFixtures.findings;
import static heard.casework.ComplaintFixtures.on;
import static heard.casework.ResponderExtendsStageOneWithinTwentyDaysTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import heard.calendar.WorkingDays;
import heard.casework.domain.ComplaintDeadlines;
import org.junit.jupiter.api.Test;

class StageTwoInvestigationTest {

    static final LocalDate RECEIVED = LocalDate.of(2022, 5, 3);
    static final LocalDate REQUESTED = LocalDate.of(2022, 5, 23);

    private Complaint stageTwoRequested() {
        Complaint complaint = anAnsweredStageOneComplaint(RECEIVED, LocalDate.of(2022, 5, 13));
        complaint.requestNextStage(REQUESTED, null, STATUTORY, CALENDAR, on(REQUESTED));
        return complaint;
    }

    @Test
    void theClockStartsWhenTheStatementOfComplaintIsAgreedNotWhenStageTwoIsRequested() {
        Complaint complaint = stageTwoRequested();
        assertThat(response(complaint, REQUESTED).start()).isNull();

        LocalDate agreed = LocalDate.of(2022, 5, 27);
        complaint.agreeStatement(agreed, on(agreed));

        CaseDeadline response = response(complaint, agreed);
        assertThat(response.start()).isEqualTo(agreed);
        // 25 working days from Friday 27 May 2022, over the Platinum Jubilee bank holidays (2 and 3 June): 5 July.
        assertThat(response.due()).isEqualTo(LocalDate.of(2022, 7, 5));
        assertThat(response.limit()).isEqualTo(CALENDAR.add(agreed, 65));
    }

    @Test
    void theIndependentPersonMustBeIndependentOfTheCouncilAndNotTheInvestigatingOfficer() {
        Complaint complaint = stageTwoRequested();
        complaint.appointInvestigatingOfficer(new Appointment("Ivan Investigator", REQUESTED, false), on(REQUESTED));

        assertRefused(() -> complaint.appointIndependentPerson(new Appointment("Ida Independent", REQUESTED, false),
                on(REQUESTED)), "appointment.independentPerson.notIndependent");
        assertRefused(() -> complaint.appointIndependentPerson(new Appointment("ivan investigator", REQUESTED, true),
                on(REQUESTED)), "appointment.officerIsIndependentPerson");

        complaint.appointIndependentPerson(new Appointment("Ida Independent", REQUESTED, true), on(REQUESTED));
        assertThat(complaint.stage(2).orElseThrow().independentPerson().independent()).isTrue();
    }

    @Test
    void noStageTwoOutcomeBeforeTheStatementIsAgreedAndTheInvestigationHasReported() {
        Complaint complaint = stageTwoRequested();
        LocalDate today = LocalDate.of(2022, 7, 1);

        assertRefused(() -> complaint.adjudicate(7L, "Sue Senior", today, Outcome.UPHELD,
                findings(Outcome.UPHELD, Outcome.UPHELD), List.of(), List.of(), on(today)), "respond.stage2.noStatement");
        complaint.agreeStatement(LocalDate.of(2022, 5, 27), on(today));
        assertRefused(() -> complaint.recordInvestigationReport(today, on(today)), "report.noInvestigators");
        assertRefused(() -> complaint.adjudicate(7L, "Sue Senior", today, Outcome.UPHELD,
                findings(Outcome.UPHELD, Outcome.UPHELD), List.of(), List.of(), on(today)), "respond.stage2.noReport");
        assertThat(complaint.stage(2).orElseThrow().responderName()).isNull();
    }

    @Test
    void stageTwoExtendsToAtMostSixtyFiveWorkingDays() {
        Complaint complaint = stageTwoRequested();
        LocalDate agreed = LocalDate.of(2022, 5, 27);
        complaint.agreeStatement(agreed, on(agreed));

        assertRefused(() -> complaint.extend(2, WorkingDays.of(66), agreed, "Complex", STATUTORY, on(agreed)),
                "extension.days.overLimit");
        complaint.extend(2, WorkingDays.of(65), agreed, "Many witnesses", STATUTORY, on(agreed));
        assertThat(response(complaint, agreed).extendedDue()).isEqualTo(CALENDAR.add(agreed, 65));
    }

    @Test
    void aSeniorManagersAdjudicationAnswersStageTwo() {
        Complaint complaint = ComplaintFixtures.anAdjudicatedComplaint(RECEIVED, LocalDate.of(2022, 7, 4));

        Stage two = complaint.stage(2).orElseThrow();
        assertThat(two.outcome()).isEqualTo(Outcome.NOT_UPHELD);
        assertThat(two.respondedOn()).isEqualTo(LocalDate.of(2022, 7, 4));
        assertThat(two.responderName()).isEqualTo("Sue Senior");
    }

    static CaseDeadline response(Complaint complaint, LocalDate today) {
        return ComplaintDeadlines.of(complaint, STATUTORY, CALENDAR, today).stream()
                .filter(d -> d.kind() == CaseDeadline.Kind.RESPONSE && d.stage() == 2).findFirst().orElseThrow();
    }
}
