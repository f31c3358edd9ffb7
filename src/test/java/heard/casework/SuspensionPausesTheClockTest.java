package heard.casework;

import static heard.casework.ComplaintFixtures.CALENDAR;
import static heard.casework.ComplaintFixtures.STATUTORY;
import static heard.casework.ComplaintFixtures.aStageOneComplaint;
import static heard.casework.ComplaintFixtures.on;
import static heard.casework.ResponderExtendsStageOneWithinTwentyDaysTest.assertRefused;
import static heard.casework.ResponderExtendsStageOneWithinTwentyDaysTest.response;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import heard.casework.domain.ComplaintDeadlines;
import heard.casework.domain.SuspensionReason;
import org.junit.jupiter.api.Test;

class SuspensionPausesTheClockTest {

    static final LocalDate RECEIVED = LocalDate.of(2024, 3, 4);

    @Test
    void workingDaysWhileSuspendedDoNotCountSoTheDeadlineMovesOnByThem() {
        Complaint complaint = aStageOneComplaint(RECEIVED);
        assertThat(response(complaint, RECEIVED).due()).isEqualTo(LocalDate.of(2024, 3, 18));

        // Suspended from Thursday 7 March; the clock runs again on Thursday 14 March: five working days paused.
        complaint.suspend(LocalDate.of(2024, 3, 7), SuspensionReason.POLICE_INVESTIGATION, on(LocalDate.of(2024, 3, 7)));
        complaint.resume(LocalDate.of(2024, 3, 14), on(LocalDate.of(2024, 3, 14)));

        assertThat(response(complaint, LocalDate.of(2024, 3, 14)).due()).isEqualTo(LocalDate.of(2024, 3, 25));
    }

    @Test
    void whileSuspendedTheCaseHasNoCurrentDeadlineAndCannotBeClosed() {
        Complaint complaint = aStageOneComplaint(RECEIVED);
        complaint.suspend(LocalDate.of(2024, 3, 7), SuspensionReason.COURT_PROCEEDINGS, on(LocalDate.of(2024, 3, 7)));

        assertThat(ComplaintDeadlines.current(complaint, STATUTORY, CALENDAR, LocalDate.of(2024, 4, 1))).isEmpty();
        assertRefused(() -> complaint.suspend(LocalDate.of(2024, 3, 8), SuspensionReason.COURT_PROCEEDINGS,
                on(LocalDate.of(2024, 3, 8))), "suspend.already");
        assertRefused(() -> complaint.resume(LocalDate.of(2024, 3, 7), on(LocalDate.of(2024, 3, 8))),
                "resume.notAfterSuspension");
    }

    @Test
    void anOngoingSuspensionKeepsPushingTheDeadlineBackDayByDay() {
        Complaint complaint = aStageOneComplaint(RECEIVED);
        complaint.suspend(LocalDate.of(2024, 3, 7), SuspensionReason.COURT_PROCEEDINGS, on(LocalDate.of(2024, 3, 7)));

        LocalDate monday = response(complaint, LocalDate.of(2024, 3, 8)).due();
        LocalDate later = response(complaint, LocalDate.of(2024, 3, 11)).due();
        assertThat(later).isAfter(monday);
        assertThat(CALENDAR.between(monday, later)).isEqualTo(1);
    }
}
