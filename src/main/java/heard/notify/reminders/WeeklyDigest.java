package heard.notify.reminders;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import heard.audit.AuditTrail;
import heard.casework.CaseList;
import heard.casework.CaseStatus;
import heard.casework.CaseSummary;
import heard.casework.RestrictedCases;
import heard.notify.DeadlineSource;
import heard.notify.OpenDeadline;
import heard.notify.outbox.MessageChannel;
import heard.notify.outbox.MessageKind;
import heard.notify.outbox.Outbox;
import heard.notify.outbox.OutgoingMessage;
import heard.notify.outbox.Recipient;
import heard.organisation.Organisation;
import heard.security.Role;
import heard.security.StaffDirectory;
import heard.security.StaffMember;
import heard.web.EmailAddress;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monday's digest to each complaints manager and children's rights officer, of the cases they may see:
 * received last week, due this week, and overdue, each by team, each line linking to the case. Keyed by
 * person and week, so it goes once a week however many instances run it. A complaints manager's also lists the
 * other modules' deadlines due this week or overdue (the learning register's actions and Ombudsman remedies), from
 * every {@link DeadlineSource} but casework's, whose deadlines the case sections already show. Each restricted
 * case a digest names is in the audit trail as shown to its reader, as every other showing of one is.
 */
@Component
public class WeeklyDigest {

    private final CaseList cases;
    private final StaffDirectory staff;
    private final Organisation organisation;
    private final Outbox outbox;
    private final StaffMessages words;
    private final List<DeadlineSource> others;
    private final RestrictedCases restricted;
    private final Clock clock;

    WeeklyDigest(CaseList cases, StaffDirectory staff, Organisation organisation, Outbox outbox, StaffMessages words,
                 List<DeadlineSource> sources, RestrictedCases restricted, Clock clock) {
        this.others = sources.stream().filter(s -> !(s instanceof CaseworkDeadlines)).toList();
        this.cases = cases;
        this.staff = staff;
        this.organisation = organisation;
        this.outbox = outbox;
        this.words = words;
        this.restricted = restricted;
        this.clock = clock;
    }

    /** Queues this week's digest for everyone who has one; returns how many were new. */
    @Transactional
    public int send() {
        LocalDate today = LocalDate.now(clock);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Set<StaffMember> readers = new LinkedHashSet<>(staff.withRole(Role.COMPLAINTS_MANAGER));
        readers.addAll(staff.withRole(Role.CHILDRENS_RIGHTS_OFFICER));
        List<OpenDeadline> otherDeadlines = new ArrayList<>();
        others.forEach(s -> otherDeadlines.addAll(s.openDeadlines(monday.plusDays(6))));
        otherDeadlines.sort(Comparator.comparing(OpenDeadline::due).thenComparing(OpenDeadline::subject));
        List<Digest> digests = new ArrayList<>();
        for (StaffMember reader : readers) {
            EmailAddress.parse(reader.email()).ifPresent(address -> {
                Set<String> named = new HashSet<>();
                String body = body(reader, today, monday, otherDeadlines, named);
                digests.add(new Digest(reader, named, new OutgoingMessage(
                        "digest|" + reader.id() + "|" + monday, null, MessageKind.DIGEST, MessageChannel.EMAIL, null,
                        null, Recipient.staff(reader.id(), reader.displayName(), address),
                        words.text("notify.digest.subject", monday), body, AuditTrail.SYSTEM)));
            });
        }
        // One at a time, to record the cases shown only by a digest queued now, not by one a run before queued; in
        // the order of their keys, so that two instances queuing at once take their locks in one order.
        digests.sort(Comparator.comparing(d -> d.message().dedupKey()));
        int queued = 0;
        for (Digest digest : digests) {
            if (outbox.queue(digest.message(), clock.instant())) {
                queued++;
                restricted.shownTo(digest.reader(), digest.named(), "the weekly digest of " + monday);
            }
        }
        return queued;
    }

    /** A reader's digest, and the references of the cases it names. */
    private record Digest(StaffMember reader, Collection<String> named, OutgoingMessage message) {
    }

    /** The digest's words; each case reference (and other deadline's subject) it names is added to {@code named}. */
    private String body(StaffMember reader, LocalDate today, LocalDate monday, List<OpenDeadline> otherDeadlines,
                        Set<String> named) {
        LocalDate sunday = monday.plusDays(6);
        List<CaseSummary> rows = cases.forDigest(reader, monday.minusWeeks(1), sunday);
        StringBuilder text = new StringBuilder(words.text("notify.digest.greeting", reader.displayName())).append("\n\n");
        section(text, named, "notify.digest.received", rows.stream()
                .filter(c -> !c.receivedOn().isBefore(monday.minusWeeks(1)) && c.receivedOn().isBefore(monday)).toList());
        section(text, named, "notify.digest.dueThisWeek", rows.stream()
                .filter(c -> c.dueOn() != null && !c.overdueOn(today) && !c.dueOn().isAfter(sunday)
                        && c.status() == CaseStatus.OPEN).toList());
        section(text, named, "notify.digest.overdue", rows.stream().filter(c -> c.overdueOn(today)).toList());
        if (!others.isEmpty() && reader.has(Role.COMPLAINTS_MANAGER)) {
            deadlines(text, "notify.digest.othersDueThisWeek",
                    otherDeadlines.stream().filter(d -> !today.isAfter(d.due())).toList());
            deadlines(text, "notify.digest.othersOverdue",
                    otherDeadlines.stream().filter(d -> today.isAfter(d.due())).toList());
            // A learning action's or a remedy's subject is the reference of the case it answers, if it answers one.
            otherDeadlines.forEach(d -> named.add(d.subject()));
        }
        text.append(words.text("notify.digest.footer", words.link("/cases")));
        return text.toString();
    }

    private void section(StringBuilder text, Set<String> named, String title, List<CaseSummary> rows) {
        text.append("# ").append(words.text(title, rows.size())).append("\n\n");
        if (rows.isEmpty()) {
            text.append(words.text("notify.digest.none")).append("\n\n");
            return;
        }
        Map<String, List<CaseSummary>> byTeam = new LinkedHashMap<>();
        for (CaseSummary row : rows) {
            byTeam.computeIfAbsent(teamName(row.teamId()), t -> new ArrayList<>()).add(row);
        }
        byTeam.forEach((team, teamRows) -> {
            text.append(team).append("\n");
            for (CaseSummary row : teamRows) {
                named.add(row.reference());
                text.append("* ").append(row.reference());
                if (row.dueOn() != null && row.status() == CaseStatus.OPEN) {
                    text.append(" – ").append(words.text("notify.digest.due", row.dueOn()));
                }
                text.append(": ").append(words.caseLink(row.reference())).append("\n");
            }
            text.append("\n");
        });
    }

    private void deadlines(StringBuilder text, String title, List<OpenDeadline> due) {
        text.append("# ").append(words.text(title, due.size())).append("\n\n");
        if (due.isEmpty()) {
            text.append(words.text("notify.digest.none")).append("\n\n");
            return;
        }
        for (OpenDeadline d : due) {
            text.append("* ").append(words.text("notify.digest.deadline", d.title(), d.subject(), d.due()))
                    .append(": ").append(words.link(d.link())).append("\n");
        }
        text.append("\n");
    }

    private String teamName(Long teamId) {
        LocalDate today = LocalDate.now(clock);
        return teamId == null ? words.text("notify.digest.noTeam")
                : organisation.team(teamId).map(t -> t.nameOn(today)).orElse(words.text("notify.digest.noTeam"));
    }
}
