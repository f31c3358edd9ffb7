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
import heard.learning.Action;
import heard.learning.Learning;
import heard.learning.RemedyKind;
import heard.notify.outbox.MessageKind;
import heard.notify.outbox.SentMessage;
import heard.notify.reminders.WeeklyDigest;
import heard.ombudsman.Ombudsman;
import heard.ombudsman.OmbudsmanDecision;
import heard.ombudsman.OmbudsmanRecord;
import heard.security.Role;
import heard.security.StaffMember;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Stage 1 answer on 15 May 2026 commits the council to an action; the complaints officer gives it to a team
 * manager, due on Friday 12 June. With the default of two working days, she is reminded on Wednesday 10 June; it
 * is missed, so she and the complaints manager are alerted on Monday 15 June and followed up on the 16th; she
 * records it done that morning, and nothing more is sent. The clock moves through every day, running the
 * reminders each morning at 7, as the job does.
 */
class AnActionFromAStageOneAnswerIsRemindedAlertedAndLeftAloneOnceDoneTest extends NotifyTestContext {

    static final LocalDate ANSWERED = LocalDate.of(2026, 5, 15);
    static final LocalDate DUE = LocalDate.of(2026, 6, 12);

    @Autowired
    Learning learning;
    @Autowired
    WeeklyDigest digest;
    @Autowired
    Ombudsman ombudsman;

    record Sent(LocalDate on, MessageKind kind, long to) {
    }

    @Test
    void remindedBeforeAlertedTheWorkingDayAfterAndNothingOnceDone() {
        StaffMember officer = staff("Olive Officer", Role.COMPLAINTS_OFFICER);
        StaffMember manager = staff("Clare Manager", Role.COMPLAINTS_MANAGER);
        StaffMember teamManager = staff("Rita Responder", Role.RESPONDING_MANAGER);
        at(LocalDate.of(2026, 5, 4), LocalTime.of(9, 0));
        CaseReference ref = aStageOneComplaint(officer, LocalDate.of(2026, 5, 4), pat());
        at(ANSWERED, LocalTime.of(9, 0));
        move(officer, ref, (r, v) -> casework.respond(r, v, 1, ANSWERED, Outcome.UPHELD,
                List.of(new ElementFinding(1, Outcome.UPHELD, null), new ElementFinding(2, Outcome.UPHELD, null)),
                List.of(), List.of("Return calls within two working days")));
        Action action = as(officer.username(), () -> learning.actionsOfCase(ref)).get(0);
        as(officer.username(), () -> learning.assign(action.id(), action.version(), teamManager.id(), DUE));
        String deadline = "learning.action|" + ref.value() + "|" + action.id() + "|" + DUE;

        List<Sent> sent = new ArrayList<>();
        List<String> digests = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 6, 1); day.isBefore(LocalDate.of(2026, 6, 27)); day = day.plusDays(1)) {
            at(day, LocalTime.of(7, 0));
            int before = messagesAbout(deadline).size();
            reminders.run();
            reminders.run();
            if (day.getDayOfWeek() == java.time.DayOfWeek.MONDAY) {
                digest.send();
                outbox.forStaff(manager.id(), 10).stream().filter(m -> m.kind() == MessageKind.DIGEST).findFirst()
                        .map(SentMessage::body).ifPresent(digests::add);
            }
            for (SentMessage m : messagesAbout(deadline).subList(before, messagesAbout(deadline).size())) {
                if (m.recipientStaffId() == manager.id() || m.recipientStaffId() == teamManager.id()) {
                    sent.add(new Sent(day, m.kind(), m.recipientStaffId()));
                }
            }
            if (day.equals(LocalDate.of(2026, 6, 16))) {
                at(day, LocalTime.of(10, 0));
                int version = as(officer.username(), () -> learning.action(action.id()).orElseThrow().version());
                as(teamManager.username(), () -> learning.complete(action.id(), version, LocalDate.of(2026, 6, 16),
                        "Team meeting minutes of 16 June: call-back rota in place"));
            }
        }

        assertThat(sent).containsExactlyInAnyOrder(
                // The action is the team manager's, so the reminder is hers alone.
                new Sent(LocalDate.of(2026, 6, 10), MessageKind.REMINDER, teamManager.id()),
                new Sent(LocalDate.of(2026, 6, 15), MessageKind.ALERT, teamManager.id()),
                new Sent(LocalDate.of(2026, 6, 15), MessageKind.ALERT, manager.id()),
                new Sent(LocalDate.of(2026, 6, 16), MessageKind.FOLLOW_UP, teamManager.id()),
                new Sent(LocalDate.of(2026, 6, 16), MessageKind.FOLLOW_UP, manager.id()));
        // Done on the 16th: nothing on the 17th or after.

        // The complaints manager's Monday digests: due that week on 8 June, overdue on the 15th, gone on the 22nd.
        String line = "Action \"Return calls within two working days\" for " + ref.value()
                + " – due 12 June 2026: https://heard.council.example/learning/actions/" + action.id();
        assertThat(digests).hasSize(4);
        assertThat(digests.get(0)).doesNotContain(line);
        assertThat(section(digests.get(1), "# Actions and Ombudsman remedies due this week")).contains(line);
        assertThat(section(digests.get(2), "# Actions and Ombudsman remedies overdue")).contains(line);
        assertThat(digests.get(3)).doesNotContain(line);

        SentMessage reminder = messagesAbout(deadline).get(0);
        assertThat(reminder.subject()).isEqualTo("Reminder: Action \"Return calls within two working days\" for "
                + ref.value() + " is due on 12 June 2026");
        assertThat(reminder.body()).contains("Dear Rita Responder")
                .contains("https://heard.council.example/learning/actions/" + action.id());
    }

    @Test
    void anOmbudsmanRemedyIsTheComplaintsManagersToBeRemindedOfUntilComplied() {
        StaffMember officer = staff("Olive Officer", Role.COMPLAINTS_OFFICER);
        StaffMember manager = staff("Clare Manager", Role.COMPLAINTS_MANAGER);
        at(LocalDate.of(2026, 1, 5), LocalTime.of(9, 0));
        CaseReference ref = aStageOneComplaint(officer, LocalDate.of(2026, 1, 5), pat());
        at(LocalDate.of(2026, 5, 5), LocalTime.of(9, 0));
        ombudsman.record(new OmbudsmanRecord(ref, "25 001 234", LocalDate.of(2026, 2, 2),
                OmbudsmanDecision.UPHELD_FAULT_AND_INJUSTICE, LocalDate.of(2026, 5, 1), null, null, null), -1);
        long remedy = as(officer.username(), () -> learning.askRemedy(ref, RemedyKind.APOLOGY, null,
                "A written apology from the director", DUE));
        String deadline = "learning.remedy|" + ref.value() + "|" + remedy + "|" + DUE;

        at(LocalDate.of(2026, 6, 10), LocalTime.of(7, 0));
        reminders.run();
        assertThat(messagesAbout(deadline)).filteredOn(m -> m.recipientStaffId() == manager.id()).singleElement()
                .satisfies(m -> {
                    assertThat(m.kind()).isEqualTo(MessageKind.REMINDER);
                    assertThat(m.subject()).isEqualTo("Reminder: Ombudsman remedy (Apology) for " + ref.value()
                            + " is due on 12 June 2026");
                    assertThat(m.body()).contains("https://heard.council.example" + "/learning/ombudsman/" + ref.value());
                });

        int reminded = messagesAbout(deadline).size();

        at(LocalDate.of(2026, 6, 11), LocalTime.of(10, 0));
        as(officer.username(), () -> learning.comply(remedy, 0, LocalDate.of(2026, 6, 11), "Letter sent by the director"));
        at(LocalDate.of(2026, 6, 15), LocalTime.of(7, 0));
        reminders.run();
        // Complied with before it was due: no alert on the 15th, to anyone.
        assertThat(messagesAbout(deadline)).hasSize(reminded);
    }

    /** A digest's section, from its heading to the next. */
    static String section(String digest, String heading) {
        String from = digest.substring(digest.indexOf(heading));
        int next = from.indexOf("\n# ", 1);
        return next < 0 ? from : from.substring(0, next);
    }

    /** Every message about one deadline, oldest first. */
    List<SentMessage> messagesAbout(String deadline) {
        return jdbc.sql("SELECT id FROM notify_message WHERE deadline_key = :key ORDER BY id").param("key", deadline)
                .query(Long.class).list().stream().map(outbox::find).toList();
    }
}
