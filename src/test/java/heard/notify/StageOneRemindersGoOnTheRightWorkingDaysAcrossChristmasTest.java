package heard.notify;

import static heard.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import heard.casework.CaseReference;
import heard.casework.ElementFinding;
import heard.casework.Outcome;
import heard.notify.outbox.MessageKind;
import heard.notify.outbox.SentMessage;
import heard.security.Role;
import heard.security.StaffMember;
import org.junit.jupiter.api.Test;

/**
 * A statutory complaint received on Wednesday 16 December 2026 is due an acknowledgement in 3 working days
 * (Monday 21 December) and an answer in 10: Christmas Day, the Boxing Day holiday on Monday 28 December and
 * New Year's Day do not count, so it is due on Monday 4 January 2027. The clock moves through every day to
 * the middle of January, running the reminders each morning at 7, as the job does.
 */
class StageOneRemindersGoOnTheRightWorkingDaysAcrossChristmasTest extends NotifyTestContext {

    static final LocalDate RECEIVED = LocalDate.of(2026, 12, 16);

    record Sent(LocalDate on, MessageKind kind, long to) {
    }

    @Test
    void reminderBeforeAlertTheDayAfterFollowUpsEachWorkingDayAndNothingOnceAnswered() {
        StaffMember officer = staff("Olive Officer", Role.COMPLAINTS_OFFICER);
        StaffMember manager = staff("Clare Manager", Role.COMPLAINTS_MANAGER);
        StaffMember responder = staff("Rita Responder", Role.RESPONDING_MANAGER);
        at(RECEIVED, LocalTime.of(9, 0));
        CaseReference ref = aStageOneComplaint(officer, RECEIVED, pat());

        List<Sent> sent = new ArrayList<>();
        for (LocalDate day = RECEIVED.plusDays(1); day.isBefore(LocalDate.of(2027, 1, 16)); day = day.plusDays(1)) {
            at(day, LocalTime.of(7, 0));
            int before = messagesAbout(ref).size();
            reminders.run();
            // The job may run twice in a morning (a second instance, a restart): nothing is queued twice.
            reminders.run();
            for (SentMessage m : messagesAbout(ref).subList(before, messagesAbout(ref).size())) {
                if (m.recipientStaffId() == manager.id() || m.recipientStaffId() == responder.id()) {
                    sent.add(new Sent(day, m.kind(), m.recipientStaffId()));
                }
            }
            at(day, LocalTime.of(10, 0));
            if (day.equals(LocalDate.of(2026, 12, 17))) {
                move(officer, ref, (r, v) -> casework.acknowledge(r, v, 1, LocalDate.of(2026, 12, 17)));
                move(officer, ref, (r, v) -> casework.allocate(r, v, 1, responder.id()));
            }
            if (day.equals(LocalDate.of(2027, 1, 7))) {
                move(responder, ref, (r, v) -> casework.respond(r, v, 1, LocalDate.of(2027, 1, 7),
                        Outcome.UPHELD, List.of(new ElementFinding(1, Outcome.UPHELD, null),
                                new ElementFinding(2, Outcome.UPHELD, null)), List.of(), List.of()));
            }
        }

        assertThat(sent).containsExactlyInAnyOrder(
                // Two working days before the acknowledgement is due, to the complaints managers (it is the team's).
                new Sent(LocalDate.of(2026, 12, 17), MessageKind.REMINDER, manager.id()),
                // Two working days before 4 January: 31 December and 4 January are the two.
                new Sent(LocalDate.of(2026, 12, 30), MessageKind.REMINDER, responder.id()),
                // The first working day after it was missed, to the owner and the complaints manager.
                new Sent(LocalDate.of(2027, 1, 5), MessageKind.ALERT, responder.id()),
                new Sent(LocalDate.of(2027, 1, 5), MessageKind.ALERT, manager.id()),
                new Sent(LocalDate.of(2027, 1, 6), MessageKind.FOLLOW_UP, responder.id()),
                new Sent(LocalDate.of(2027, 1, 6), MessageKind.FOLLOW_UP, manager.id()),
                new Sent(LocalDate.of(2027, 1, 7), MessageKind.FOLLOW_UP, responder.id()),
                new Sent(LocalDate.of(2027, 1, 7), MessageKind.FOLLOW_UP, manager.id()));
        // Answered on the 7th: nothing on the 8th or after.
    }

    /**
     * Nobody acknowledges the complaint, so its acknowledgement (due 21 December) and its answer (due 4 January)
     * are open together: each is reminded and alerted on its own days, while the follow-ups stay at most one a day
     * to each person for the case, naming every deadline it has missed. Answering on 7 January ends the stage and
     * stops both.
     */
    @Test
    void twoDeadlinesOpenAtOnceAreEachRemindedAndAlertedWithOneFollowUpADayForTheCase() {
        StaffMember officer = staff("Olive Officer", Role.COMPLAINTS_OFFICER);
        StaffMember manager = staff("Clare Manager", Role.COMPLAINTS_MANAGER);
        StaffMember responder = staff("Rita Responder", Role.RESPONDING_MANAGER);
        at(RECEIVED, LocalTime.of(9, 0));
        CaseReference ref = aStageOneComplaint(officer, RECEIVED, pat());
        move(officer, ref, (r, v) -> casework.allocate(r, v, 1, responder.id()));

        List<Sent> sent = new ArrayList<>();
        List<SentMessage> managersFollowUps = new ArrayList<>();
        for (LocalDate day = RECEIVED.plusDays(1); day.isBefore(LocalDate.of(2027, 1, 16)); day = day.plusDays(1)) {
            at(day, LocalTime.of(7, 0));
            int before = messagesAbout(ref).size();
            reminders.run();
            reminders.run();
            for (SentMessage m : messagesAbout(ref).subList(before, messagesAbout(ref).size())) {
                if (m.recipientStaffId() == manager.id() || m.recipientStaffId() == responder.id()) {
                    sent.add(new Sent(day, m.kind(), m.recipientStaffId()));
                }
                if (m.kind() == MessageKind.FOLLOW_UP && m.recipientStaffId() == manager.id()) {
                    managersFollowUps.add(m);
                }
            }
            at(day, LocalTime.of(10, 0));
            if (day.equals(LocalDate.of(2027, 1, 7))) {
                move(responder, ref, (r, v) -> casework.respond(r, v, 1, LocalDate.of(2027, 1, 7),
                        Outcome.UPHELD, List.of(new ElementFinding(1, Outcome.UPHELD, null),
                                new ElementFinding(2, Outcome.UPHELD, null)), List.of(), List.of()));
            }
        }

        List<Sent> expected = new ArrayList<>(List.of(
                // The acknowledgement (the team's: the complaints managers'), due Monday 21 December.
                new Sent(LocalDate.of(2026, 12, 17), MessageKind.REMINDER, manager.id()),
                new Sent(LocalDate.of(2026, 12, 22), MessageKind.ALERT, manager.id()),
                // The answer, due Monday 4 January, the responder's.
                new Sent(LocalDate.of(2026, 12, 30), MessageKind.REMINDER, responder.id()),
                new Sent(LocalDate.of(2027, 1, 5), MessageKind.ALERT, responder.id()),
                new Sent(LocalDate.of(2027, 1, 5), MessageKind.ALERT, manager.id())));
        // One follow-up a working day to the manager from the day after the acknowledgement's alert (not on
        // Christmas Day, the Boxing Day holiday or New Year's Day), however many deadlines are missed.
        for (LocalDate day : List.of(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 29),
                LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 6), LocalDate.of(2027, 1, 7))) {
            expected.add(new Sent(day, MessageKind.FOLLOW_UP, manager.id()));
        }
        // And to the responder from the day after their answer's alert.
        expected.add(new Sent(LocalDate.of(2027, 1, 6), MessageKind.FOLLOW_UP, responder.id()));
        expected.add(new Sent(LocalDate.of(2027, 1, 7), MessageKind.FOLLOW_UP, responder.id()));
        assertThat(sent).containsExactlyInAnyOrderElementsOf(expected);
        // The manager's follow-up is about the earliest missed and names the other once it too is missed.
        assertThat(managersFollowUps.get(0).subject()).startsWith("Still overdue: Stage 1 acknowledgement for " + ref.value());
        assertThat(managersFollowUps.get(0).body()).doesNotContain("Also overdue");
        assertThat(managersFollowUps.get(managersFollowUps.size() - 1).body())
                .contains("Also overdue on it: Stage 1 response.");
    }

    /**
     * At Stage 2 the Investigating Officer sends the statement of complaint on 16 December, asking for agreement by
     * Monday 4 January: the officer (who signs in to Heard) is reminded on 30 December, alerted with the complaints
     * manager on 5 January, followed up on the 6th and 7th; the statement agreed on the 7th, nothing after (the
     * Stage 2 answer, now due in 25 working days, is not yet near).
     */
    @Test
    void theStageTwoStatementsAgreementIsRemindedToTheInvestigatorAndStopsOnceAgreed() {
        StaffMember officer = staff("Olive Officer", Role.COMPLAINTS_OFFICER);
        StaffMember manager = staff("Clare Manager", Role.COMPLAINTS_MANAGER);
        StaffMember responder = staff("Rita Responder", Role.RESPONDING_MANAGER);
        StaffMember investigator = staff("Ivan Investigator", Role.INVESTIGATOR);
        LocalDate received = LocalDate.of(2026, 11, 2);
        at(received, LocalTime.of(9, 0));
        CaseReference ref = aStageOneComplaint(officer, received, pat());
        move(officer, ref, (r, v) -> casework.acknowledge(r, v, 1, received));
        move(officer, ref, (r, v) -> casework.allocate(r, v, 1, responder.id()));
        at(LocalDate.of(2026, 11, 16), LocalTime.of(9, 0));
        move(responder, ref, (r, v) -> casework.respond(r, v, 1, LocalDate.of(2026, 11, 16), Outcome.NOT_UPHELD,
                List.of(new ElementFinding(1, Outcome.NOT_UPHELD, null), new ElementFinding(2, Outcome.NOT_UPHELD, null)),
                List.of(), List.of()));
        at(RECEIVED, LocalTime.of(9, 0));
        move(officer, ref, (r, v) -> casework.requestNextStage(r, v, LocalDate.of(2026, 12, 14), null));
        move(officer, ref, (r, v) -> casework.appointInvestigatingOfficer(r, v,
                new heard.casework.Appointment(investigator.displayName(), RECEIVED, false, investigator.id())));
        move(officer, ref, (r, v) -> casework.sendStatement(r, v, RECEIVED, LocalDate.of(2027, 1, 4)));

        List<Sent> sent = new ArrayList<>();
        for (LocalDate day = RECEIVED.plusDays(1); day.isBefore(LocalDate.of(2027, 1, 16)); day = day.plusDays(1)) {
            at(day, LocalTime.of(7, 0));
            int before = messagesAbout(ref).size();
            reminders.run();
            for (SentMessage m : messagesAbout(ref).subList(before, messagesAbout(ref).size())) {
                if (m.recipientStaffId() == manager.id() || m.recipientStaffId() == investigator.id()) {
                    sent.add(new Sent(day, m.kind(), m.recipientStaffId()));
                }
            }
            at(day, LocalTime.of(10, 0));
            if (day.equals(LocalDate.of(2027, 1, 7))) {
                move(officer, ref, (r, v) -> casework.agreeStatement(r, v, LocalDate.of(2027, 1, 7)));
            }
        }

        assertThat(sent).containsExactlyInAnyOrder(
                new Sent(LocalDate.of(2026, 12, 30), MessageKind.REMINDER, investigator.id()),
                new Sent(LocalDate.of(2027, 1, 5), MessageKind.ALERT, investigator.id()),
                new Sent(LocalDate.of(2027, 1, 5), MessageKind.ALERT, manager.id()),
                new Sent(LocalDate.of(2027, 1, 6), MessageKind.FOLLOW_UP, investigator.id()),
                new Sent(LocalDate.of(2027, 1, 6), MessageKind.FOLLOW_UP, manager.id()),
                new Sent(LocalDate.of(2027, 1, 7), MessageKind.FOLLOW_UP, investigator.id()),
                new Sent(LocalDate.of(2027, 1, 7), MessageKind.FOLLOW_UP, manager.id()));
        assertThat(messagesAbout(ref)).filteredOn(m -> m.kind() == MessageKind.REMINDER).extracting(SentMessage::subject)
                .contains("Reminder: Stage 2 statement of complaint agreed by the complainant for " + ref.value()
                        + " is due on 4 January 2027");
    }

    @Test
    void theRemindersSayWhatIsDueWhenAndLinkToTheCase() {
        StaffMember officer = staff("Olive Officer", Role.COMPLAINTS_OFFICER);
        StaffMember responder = staff("Rita Responder", Role.RESPONDING_MANAGER);
        at(RECEIVED, LocalTime.of(9, 0));
        CaseReference ref = aStageOneComplaint(officer, RECEIVED, pat());
        move(officer, ref, (r, v) -> casework.acknowledge(r, v, 1, RECEIVED));
        move(officer, ref, (r, v) -> casework.allocate(r, v, 1, responder.id()));

        at(LocalDate.of(2026, 12, 30), LocalTime.of(7, 0));
        reminders.run();

        SentMessage reminder = messagesAbout(ref).stream().filter(m -> m.recipientStaffId() == responder.id())
                .findFirst().orElseThrow();
        assertThat(reminder.subject()).isEqualTo("Reminder: Stage 1 response for " + ref.value() + " is due on 4 January 2027");
        assertThat(reminder.body()).contains("Dear Rita Responder")
                .contains("https://heard.council.example/cases/" + ref.value());
        assertThat(reminder.recipientEmail()).isEqualTo(responder.email());
    }
}
