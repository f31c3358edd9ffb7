package heard.notify.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import heard.audit.AuditTrail;
import heard.calendar.CalendarNotKnownException;
import heard.calendar.WorkingDayCalendar;
import heard.notify.DeadlineSource;
import heard.notify.OpenDeadline;
import heard.notify.outbox.MessageChannel;
import heard.notify.outbox.MessageKind;
import heard.notify.outbox.Outbox;
import heard.notify.outbox.OutgoingMessage;
import heard.notify.outbox.Recipient;
import heard.notify.settings.NotifySettings;
import heard.notify.settings.NotifySettingsRepository;
import heard.security.Role;
import heard.security.StaffDirectory;
import heard.security.StaffMember;
import heard.web.EmailAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day's reminders, alerts and follow-ups, run each working day. For every open deadline that every
 * {@link DeadlineSource} reports:
 * <ul>
 * <li>a reminder to its owner once it is N working days or fewer away (N set per kind in Settings);</li>
 * <li>an alert to the owner and every complaints manager on the first working day after it was missed;</li>
 * <li>a follow-up on each working day after that while it stays missed, at most one a day per record and
 * person however many of the record's deadlines are missed: to the owner of each, and every complaints
 * manager.</li>
 * </ul>
 * A deadline the source stops reporting (met, or its record closed) is no longer chased. Each message is
 * queued under a key naming the deadline, its due date, the day and the person, so a run repeated on the
 * same day, or on two instances at once, queues nothing twice; a run missed on a day (every instance down)
 * is made up by the next, which still reminds and alerts.
 */
@Component
public class ReminderRun {

    private static final Logger log = LoggerFactory.getLogger(ReminderRun.class);

    private final List<DeadlineSource> sources;
    private final Outbox outbox;
    private final NotifySettingsRepository settings;
    private final StaffPreferences preferences;
    private final StaffDirectory staff;
    private final StaffMessages words;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    ReminderRun(List<DeadlineSource> sources, Outbox outbox, NotifySettingsRepository settings,
                StaffPreferences preferences, StaffDirectory staff, StaffMessages words, WorkingDayCalendar calendar,
                Clock clock) {
        this.sources = sources;
        this.outbox = outbox;
        this.settings = settings;
        this.preferences = preferences;
        this.staff = staff;
        this.words = words;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** What a run queued. */
    public record Result(int deadlines, int queued) {
    }

    /** Runs today's reminders; on a day that is not a working day, does nothing. */
    @Transactional
    public Result run() {
        LocalDate today = LocalDate.now(clock);
        if (!calendar.isWorkingDay(today)) {
            return new Result(0, 0);
        }
        NotifySettings config = settings.load();
        People people = new People(staff, preferences);
        Map<String, OpenDeadline> remind = new LinkedHashMap<>();
        Map<String, OpenDeadline> missed = new LinkedHashMap<>();
        int deadlines = 0;
        for (DeadlineSource source : sources) {
            int most = source.kinds().stream().mapToInt(k -> config.reminderDays(k.code())).max()
                    .orElse(NotifySettings.DEFAULT_REMINDER_DAYS);
            for (OpenDeadline d : source.openDeadlines(horizon(today, most))) {
                deadlines++;
                if (today.isAfter(d.due())) {
                    missed.put(deadlineKey(d), d);
                } else if (remindNow(today, d.due(), config.reminderDays(d.kind().code()))) {
                    remind.put(deadlineKey(d), d);
                }
            }
        }
        // Messages queued already (an earlier run today, or another instance) are skipped before their words are made.
        List<String> keys = new ArrayList<>(remind.keySet());
        keys.addAll(missed.keySet());
        Set<String> queuedBefore = outbox.queuedAbout(keys);
        StaffMessages.Batch text = words.batch();
        List<OutgoingMessage> messages = new ArrayList<>();
        remind.forEach((key, d) -> reminder(key, d, people, text, queuedBefore, messages));
        // A missed deadline alerted on an earlier day is followed up instead, at most once a day per record.
        Set<String> alerted = outbox.alertedBefore(List.copyOf(missed.keySet()), today.atStartOfDay(clock.getZone())
                .toInstant());
        Map<String, List<Map.Entry<String, OpenDeadline>>> stillMissed = new LinkedHashMap<>();
        for (Map.Entry<String, OpenDeadline> e : missed.entrySet()) {
            OpenDeadline d = e.getValue();
            if (!alerted.contains(e.getKey())) {
                messages.addAll(alerts(e.getKey(), d, today, people, text, queuedBefore));
            } else {
                String record = d.kind().code().substring(0, d.kind().code().indexOf('.')) + "|" + d.subject();
                stillMissed.computeIfAbsent(record, r -> new ArrayList<>()).add(e);
            }
        }
        stillMissed.forEach((record, overdue) -> messages.addAll(followUps(record, overdue, today, people, text,
                queuedBefore)));
        int queued = outbox.queueAll(messages, clock.instant());
        log.info("Reminder run for {}: {} open deadlines due by the horizon, {} messages queued", today, deadlines, queued);
        return new Result(deadlines, queued);
    }

    /** The latest due date any kind could be reminded of today. */
    private LocalDate horizon(LocalDate today, int days) {
        try {
            return calendar.add(today, days);
        } catch (CalendarNotKnownException e) {
            return today.plusDays(days * 2L);
        }
    }

    /** Due within N working days from today (a reminder missed on its day, every instance down, still goes). */
    private boolean remindNow(LocalDate today, LocalDate due, int days) {
        try {
            return calendar.between(today, due) <= days;
        } catch (CalendarNotKnownException e) {
            return false;
        }
    }

    private void reminder(String deadline, OpenDeadline d, People people, StaffMessages.Batch words,
                          Set<String> queuedBefore, List<OutgoingMessage> messages) {
        List<StaffMember> to = d.ownerUsername() == null ? people.managers()
                : people.byUsername(d.ownerUsername()).map(List::of).orElseGet(people::managers);
        String subject = null;
        for (StaffMember member : to) {
            String key = "reminder|" + deadline + "|" + member.id();
            Optional<EmailAddress> address = people.email(member);
            if (!people.remindersOn(member) || queuedBefore.contains(key) || address.isEmpty()) {
                continue;
            }
            if (subject == null) {
                subject = words.text("notify.reminder.subject", d.title(), d.subject(), d.due());
            }
            messages.add(new OutgoingMessage(key, deadline, MessageKind.REMINDER, MessageChannel.EMAIL,
                    caseReference(d), null, Recipient.staff(member.id(), member.displayName(), address.get()), subject,
                    words.text("notify.reminder.body", member.displayName(), d.title(), d.subject(), d.due(),
                            words.link(d.link())),
                    AuditTrail.SYSTEM));
        }
    }

    /** An alert: to the owner (unless they turned reminders off) and every complaints manager, who cannot. */
    private List<OutgoingMessage> alerts(String deadline, OpenDeadline d, LocalDate today, People people,
                                         StaffMessages.Batch words, Set<String> queuedBefore) {
        List<OutgoingMessage> out = new ArrayList<>();
        Map<Long, StaffMember> to = new LinkedHashMap<>();
        people.byUsername(d.ownerUsername()).filter(people::remindersOn).ifPresent(o -> to.put(o.id(), o));
        people.managers().forEach(m -> to.putIfAbsent(m.id(), m));
        String subject = null;
        for (StaffMember member : to.values()) {
            String key = "alert|" + deadline + "|" + member.id();
            Optional<EmailAddress> address = people.email(member);
            if (queuedBefore.contains(key) || address.isEmpty()) {
                continue;
            }
            if (subject == null) {
                subject = words.text("notify.alert.subject", d.title(), d.subject(), lateBy(d.due(), today));
            }
            out.add(missed(key, deadline, MessageKind.ALERT, d, member, address.get(), subject,
                    body("notify.alert", d, member, today, people, words)));
        }
        return out;
    }

    /**
     * The day's follow-ups of one record's deadlines still missed after their alerts: one to each person
     * concerned, however many of its deadlines are missed. The owner of any of them (unless they turned
     * reminders off) hears of the earliest that is theirs, every complaints manager of the earliest of all;
     * each message also names the record's other missed deadlines.
     */
    private List<OutgoingMessage> followUps(String record, List<Map.Entry<String, OpenDeadline>> overdue, LocalDate today,
                                            People people, StaffMessages.Batch words, Set<String> queuedBefore) {
        Map<Long, Map.Entry<String, OpenDeadline>> about = new LinkedHashMap<>();
        Map<Long, StaffMember> to = new LinkedHashMap<>();
        for (Map.Entry<String, OpenDeadline> e : overdue) {
            people.byUsername(e.getValue().ownerUsername()).filter(people::remindersOn).ifPresent(o -> {
                to.putIfAbsent(o.id(), o);
                about.putIfAbsent(o.id(), e);
            });
        }
        for (StaffMember m : people.managers()) {
            to.putIfAbsent(m.id(), m);
            about.putIfAbsent(m.id(), overdue.get(0));
        }
        List<OutgoingMessage> out = new ArrayList<>();
        for (StaffMember member : to.values()) {
            String key = "follow-up|" + record + "|" + today + "|" + member.id();
            Optional<EmailAddress> address = people.email(member);
            if (queuedBefore.contains(key) || address.isEmpty()) {
                continue;
            }
            Map.Entry<String, OpenDeadline> mine = about.get(member.id());
            OpenDeadline d = mine.getValue();
            String body = body("notify.followUp", d, member, today, people, words);
            List<String> others = overdue.stream().filter(e -> e != mine).map(e -> e.getValue().title()).toList();
            if (!others.isEmpty()) {
                body = body + "\n\n" + words.text("notify.followUp.others", String.join(", ", others));
            }
            out.add(missed(key, mine.getKey(), MessageKind.FOLLOW_UP, d, member, address.get(),
                    words.text("notify.followUp.subject", d.title(), d.subject(), lateBy(d.due(), today)), body));
        }
        return out;
    }

    private String body(String prefix, OpenDeadline d, StaffMember member, LocalDate today, People people,
                        StaffMessages.Batch words) {
        String owner = people.byUsername(d.ownerUsername()).map(StaffMember::displayName)
                .orElseGet(() -> words.text("notify.noOwner"));
        return words.text(prefix + ".body", member.displayName(), d.title(), d.subject(), d.due(), lateBy(d.due(), today),
                owner, words.link(d.link()));
    }

    private static OutgoingMessage missed(String key, String deadline, MessageKind kind, OpenDeadline d, StaffMember member,
                                          EmailAddress address, String subject, String body) {
        return new OutgoingMessage(key, deadline, kind, MessageChannel.EMAIL, caseReference(d), null,
                Recipient.staff(member.id(), member.displayName(), address), subject, body, AuditTrail.SYSTEM);
    }

    private int lateBy(LocalDate due, LocalDate today) {
        try {
            return calendar.between(due, today);
        } catch (CalendarNotKnownException e) {
            return (int) java.time.temporal.ChronoUnit.DAYS.between(due, today);
        }
    }

    /** Names one deadline as it stands: a new due date (an extension) is a new deadline to remind of. */
    private static String deadlineKey(OpenDeadline d) {
        return d.kind().code() + "|" + d.subject() + "|" + d.stage() + "|" + d.due();
    }

    /** Casework's deadlines are on cases; other modules' records are not. */
    private static String caseReference(OpenDeadline d) {
        return d.link().startsWith("/cases/") ? d.subject() : null;
    }

    /** Staff as this run needs them, each looked up once. */
    private static final class People {

        private final StaffDirectory staff;
        private final Set<Long> remindersOff;
        private final Map<String, Optional<StaffMember>> byUsername = new HashMap<>();
        private final Map<Long, Optional<EmailAddress>> emails = new HashMap<>();
        private List<StaffMember> managers;

        People(StaffDirectory staff, StaffPreferences preferences) {
            this.staff = staff;
            this.remindersOff = preferences.remindersOff();
        }

        Optional<StaffMember> byUsername(String username) {
            return username == null ? Optional.empty()
                    : byUsername.computeIfAbsent(username, u -> staff.byUsername(u).filter(StaffMember::active));
        }

        List<StaffMember> managers() {
            if (managers == null) {
                managers = staff.withRole(Role.COMPLAINTS_MANAGER);
            }
            return managers;
        }

        Optional<EmailAddress> email(StaffMember member) {
            return emails.computeIfAbsent(member.id(), id -> EmailAddress.parse(member.email()));
        }

        boolean remindersOn(StaffMember member) {
            return !remindersOff.contains(member.id());
        }
    }
}
