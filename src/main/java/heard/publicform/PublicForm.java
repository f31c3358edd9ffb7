package heard.publicform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.calendar.CalendarNotKnownException;
import heard.calendar.WorkingDayCalendar;
import heard.casework.Casework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores what a member of the public sends: one row with its reference and files, an entry in the
 * audit trail and, where they gave an email address and Heard can send one, a receipt; all or nothing.
 */
@Service
class PublicForm {

    private static final Logger LOG = LoggerFactory.getLogger(PublicForm.class);
    /** Submissions are dated as the council's day, in England. */
    static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    private final SubmissionRepository submissions;
    private final Attachments attachments;
    private final AuditTrail audit;
    private final WorkingDayCalendar calendar;
    private final Casework casework;
    private final ObjectProvider<SubmissionReceipts> receipts;
    private final Clock clock;

    PublicForm(SubmissionRepository submissions, Attachments attachments, AuditTrail audit, WorkingDayCalendar calendar,
               Casework casework, ObjectProvider<SubmissionReceipts> receipts, Clock clock) {
        this.submissions = submissions;
        this.attachments = attachments;
        this.audit = audit;
        this.calendar = calendar;
        this.casework = casework;
        this.receipts = receipts;
        this.clock = clock;
    }

    /**
     * What the confirmation page says.
     *
     * @param acknowledgeBy   null when the calendar does not reach that far
     * @param receiptsOffered whether Heard sends receipts at all (so the page can say it does not)
     */
    record Sent(String reference, SubmissionKind kind, boolean young, LocalDate acknowledgeBy, int acknowledgementDays,
                boolean emailGiven, boolean receiptQueued, boolean receiptsOffered) implements java.io.Serializable {
    }

    /** Stores answers that passed every question's checks. */
    @Transactional
    Sent submit(Answers answers) {
        LocalDate today = LocalDate.now(clock.withZone(COUNCIL_ZONE));
        String reference = submissions.nextReference(today.getYear());
        long id = submissions.insert(reference, answers, clock.instant(), today);
        attachments.belongTo(answers.draftId(), id);
        audit.changed(AuditSubject.of("public-submission", reference), "received",
                answers.kind().slug() + " " + reference + " received on the public form", null,
                java.util.Map.of("reference", reference, "kind", answers.kind().name(), "young", answers.young()));
        int days = casework.settings().acknowledgementDays();
        LocalDate acknowledgeBy = acknowledgeBy(today, days);
        boolean emailGiven = ReplyBy.EMAIL.name().equals(answers.getReplyBy());
        SubmissionReceipts sender = receipts.getIfAvailable();
        boolean queued = false;
        if (emailGiven && sender != null) {
            queued = sender.queue(new SubmissionReceipt(reference, answers.kind(), answers.getEmail(), today,
                    acknowledgeBy, answers.young()));
            if (queued) {
                submissions.receiptQueued(id);
            }
        }
        LOG.info("Public submission {} received", reference);
        return new Sent(reference, answers.kind(), answers.young(), acknowledgeBy, days, emailGiven, queued,
                sender != null);
    }

    private LocalDate acknowledgeBy(LocalDate today, int days) {
        try {
            return calendar.add(today, days);
        } catch (CalendarNotKnownException beyondTheCalendar) {
            return null;
        }
    }
}
