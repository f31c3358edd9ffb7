package heard.casework;

import static heard.casework.ComplaintFixtures.CALENDAR;
import static heard.casework.ComplaintFixtures.STATUTORY;
import static heard.casework.ComplaintFixtures.aStageOneComplaint;
import static heard.casework.ComplaintFixtures.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import heard.calendar.WorkingDays;
import heard.casework.domain.ComplaintDeadlines;
import org.junit.jupiter.api.Test;

class ResponderExtendsStageOneWithinTwentyDaysTest {

    static final LocalDate FRIDAY_BEFORE_CHRISTMAS = LocalDate.of(2019, 12, 20);

    @Test
    void theStageOneAnswerIsDueTenWorkingDaysAfterReceiptCountingOverChristmas() {
        Complaint complaint = aStageOneComplaint(FRIDAY_BEFORE_CHRISTMAS);

        CaseDeadline response = response(complaint, FRIDAY_BEFORE_CHRISTMAS);
        assertThat(response.due()).isEqualTo(LocalDate.of(2020, 1, 8));
        assertThat(response.limit()).isEqualTo(LocalDate.of(2020, 1, 22));
        assertThat(response.workingDays()).isEqualTo(10);
    }

    @Test
    void anExtensionAgreedWithTheComplainantMovesTheDueDateToTwentyWorkingDays() {
        Complaint complaint = aStageOneComplaint(FRIDAY_BEFORE_CHRISTMAS);
        LocalDate agreed = LocalDate.of(2020, 1, 6);

        complaint.extend(1, WorkingDays.of(20), agreed, "Records held by another authority", STATUTORY, on(agreed));

        CaseDeadline response = response(complaint, agreed);
        assertThat(response.due()).isEqualTo(LocalDate.of(2020, 1, 8));
        assertThat(response.extendedDue()).isEqualTo(LocalDate.of(2020, 1, 22));
        assertThat(response.effectiveDue()).isEqualTo(LocalDate.of(2020, 1, 22));
        assertThat(complaint.timeline()).extracting(TimelineEntry::event).contains(TimelineEntry.Event.EXTENDED);
    }

    @Test
    void anExtensionBeyondTwentyWorkingDaysIsRefused() {
        Complaint complaint = aStageOneComplaint(FRIDAY_BEFORE_CHRISTMAS);
        LocalDate agreed = LocalDate.of(2020, 1, 6);

        assertThatThrownBy(() -> complaint.extend(1, WorkingDays.of(21), agreed, "Complex", STATUTORY, on(agreed)))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.field()).isEqualTo("extendedTo");
                    assertThat(r.messageKey()).isEqualTo("extension.days.overLimit");
                    assertThat(r.arguments()).containsExactly(20, 1);
                });
        assertThat(complaint.stage(1).orElseThrow().extension()).isNull();
    }

    @Test
    void anExtensionMustBeLongerThanTenDaysAgreedOnADateAndGiveAReason() {
        Complaint complaint = aStageOneComplaint(FRIDAY_BEFORE_CHRISTMAS);
        LocalDate today = LocalDate.of(2020, 1, 6);

        assertRefused(() -> complaint.extend(1, WorkingDays.of(10), today, "Complex", STATUTORY, on(today)),
                "extension.days.notLonger");
        assertRefused(() -> complaint.extend(1, WorkingDays.of(15), LocalDate.of(2019, 12, 19), "Complex", STATUTORY, on(today)),
                "extension.agreedOn.beforeStage");
        assertRefused(() -> complaint.extend(1, WorkingDays.of(15), today.plusDays(1), "Complex", STATUTORY, on(today)),
                "date.future");
        assertRefused(() -> complaint.extend(1, WorkingDays.of(15), today, " ", STATUTORY, on(today)),
                "extension.reason.missing");
    }

    @Test
    void anAnsweredStageCannotBeExtended() {
        Complaint complaint = aStageOneComplaint(FRIDAY_BEFORE_CHRISTMAS);
        LocalDate answered = LocalDate.of(2020, 1, 7);
        complaint.respond(1, answered, Outcome.NOT_UPHELD,
                ComplaintFixtures.findings(Outcome.NOT_UPHELD, Outcome.NOT_UPHELD), List.of(), List.of(), on(answered));

        assertRefused(() -> complaint.extend(1, WorkingDays.of(15), answered, "Late", STATUTORY, on(answered)),
                "extension.stageDecided");
    }

    @Test
    void pastTwentyWorkingDaysWithoutAnAnswerTheComplainantMayGoStraightToStageTwo() {
        Complaint complaint = aStageOneComplaint(FRIDAY_BEFORE_CHRISTMAS);

        assertThat(ComplaintDeadlines.mayEscalateAfter(complaint, CALENDAR, LocalDate.of(2020, 1, 23)))
                .contains(LocalDate.of(2020, 1, 22));
    }

    static CaseDeadline response(Complaint complaint, LocalDate today) {
        return ComplaintDeadlines.of(complaint, STATUTORY, CALENDAR, today).stream()
                .filter(d -> d.kind() == CaseDeadline.Kind.RESPONSE && d.stage() == 1).findFirst().orElseThrow();
    }

    static void assertRefused(Runnable move, String messageKey) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.messageKey()).isEqualTo(messageKey));
    }
}
