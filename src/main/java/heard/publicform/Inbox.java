package heard.publicform;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.Advocacy;
import heard.casework.CaseReference;
import heard.casework.Channel;
import heard.casework.ChildConsent;
import heard.casework.ComplainantRole;
import heard.casework.ComplaintToLog;
import heard.casework.ProcedureKind;
import heard.casework.Refusal;
import heard.casework.RestrictedCases;
import heard.casework.SubmissionLogged;
import heard.feedback.FeedbackType;
import heard.feedback.Feedbacks;
import heard.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaints team's inbox, "New from the public": a submission waits until a complaints officer logs
 * it as a complaint (through casework's log form), a compliment, comment or member enquiry, or marks it
 * not for Heard with a reason. Who decided what, and when, is kept with it and in the audit trail.
 */
@Service
@Transactional
@PreAuthorize(PublicInbox.OPENERS)
class Inbox {

    static final int NOTE_LENGTH = 1000;

    private final SubmissionRepository submissions;
    private final Attachments attachments;
    private final Feedbacks feedbacks;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final RestrictedCases restrictedCases;
    private final Clock clock;

    Inbox(SubmissionRepository submissions, Attachments attachments, Feedbacks feedbacks, AuditTrail audit,
          CurrentUser currentUser, RestrictedCases restrictedCases, Clock clock) {
        this.restrictedCases = restrictedCases;
        this.submissions = submissions;
        this.attachments = attachments;
        this.feedbacks = feedbacks;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Submission> waiting() {
        return submissions.waiting(500);
    }

    /** Those decided lately, but not one logged as a case restricted to others than the person signed in. */
    @Transactional(readOnly = true)
    List<Submission> decided() {
        List<Submission> decided = submissions.decided(50);
        Set<String> hidden = restrictedCases.hiddenAmong(decided.stream().map(Submission::recordReference)
                .filter(java.util.Objects::nonNull).toList(), "the inbox of submissions from the public");
        return decided.stream().filter(s -> !hidden.contains(s.recordReference())).toList();
    }

    /**
     * A submission and its files, recorded in the audit trail as viewed: it holds a person's words and contact.
     * One logged as a case restricted to others than the person signed in is theirs no more than the case is.
     */
    Optional<Submission> view(String reference) {
        Optional<Submission> found = submissions.find(reference).filter(s -> s.recordReference() == null
                || !restrictedCases.hidden(s.recordReference(), "submission " + s.reference() + " and its files"));
        found.ifPresent(s -> audit.viewed(subject(s)));
        return found;
    }

    @Transactional(readOnly = true)
    List<Attachment> files(Submission submission) {
        return attachments.ofSubmission(submission.id());
    }

    /** A file sent with a submission, its download recorded in the audit trail (by its stored name: the sender's may name someone). */
    @Transactional
    Optional<byte[]> file(Submission submission, String storedName) {
        Optional<byte[]> content = attachments.content(submission.id(), storedName);
        content.ifPresent(c -> audit.noted(subject(submission), "file downloaded", "File " + storedName + " downloaded"));
        return content;
    }

    /** The complaint for casework's log form, which logs it under the submission's handover id. */
    @Transactional(readOnly = true)
    ComplaintToLog complaint(Submission s, ProcedureKind procedure) {
        refuseUnlessWaiting(s);
        boolean child = s.writer() == Writer.CHILD;
        return new ComplaintToLog(UUID.fromString(s.handoverId()), s.reference(), s.receivedOn(), Channel.WEB_FORM,
                procedure, s.fromName(), s.postalAddress(), s.phone(), s.email(), s.writer().role(),
                child ? s.fromName() : s.childName(), !child,
                s.childAgrees() == null ? null : ChildConsent.valueOf(s.childAgrees()),
                child ? Advocacy.OFFERED : null, s.serviceAreaId(), s.whatHappened(), s.putRight());
    }

    /** Logs a compliment, comment or member enquiry at once, with the person's words. */
    CaseReference logFeedback(Submission s, FeedbackType type) {
        refuseUnlessWaiting(s);
        String words = s.staffNamed() == null ? s.whatHappened()
                : s.whatHappened() + "\n\nNamed: " + s.staffNamed();
        ComplainantRole role = type == FeedbackType.MEMBER_ENQUIRY ? ComplainantRole.ELECTED_MEMBER : s.writer().role();
        CaseReference reference = feedbacks.log(type, s.receivedOn(), Channel.WEB_FORM, role, s.fromName(), s.contact(),
                s.serviceAreaId(), null, List.of(), words);
        decide(s, SubmissionStatus.LOGGED, decision(type), reference.value(), null, null);
        return reference;
    }

    void markNotForHeard(Submission s, NotForHeard reason, String note) {
        refuseUnlessWaiting(s);
        if (reason == null) {
            throw new Refusal("reason", "inbox.reason.missing");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text == null) {
            throw new Refusal("note", "inbox.note.missing");
        }
        if (text.length() > NOTE_LENGTH) {
            throw new Refusal("note", "inbox.note.tooLong", NOTE_LENGTH);
        }
        decide(s, SubmissionStatus.NOT_FOR_HEARD, Decision.NOT_FOR_HEARD, null, reason, text);
    }

    /** A complaint logged from a submission: it leaves the inbox, naming its case, in the same transaction. */
    @EventListener
    @PreAuthorize("permitAll()")
    void on(SubmissionLogged logged) {
        submissions.findByHandover(logged.submission()).filter(Submission::waiting).ifPresent(s -> {
            decide(s, SubmissionStatus.LOGGED, Decision.ofCase(logged.recordType(), logged.procedure()),
                    logged.reference().value(), null, null);
        });
    }

    private void decide(Submission s, SubmissionStatus status, Decision decision, String record, NotForHeard reason,
                        String note) {
        String by = currentUser.require().username();
        if (!submissions.decide(s.id(), s.version(), status, decision, by, clock.instant(), record, reason, note)) {
            throw Refusal.of("inbox.decidedMeanwhile", s.reference());
        }
        audit.changed(subject(s), status == SubmissionStatus.LOGGED ? "logged" : "not for Heard",
                s.reference() + (record != null ? " logged as " + record : " marked not for Heard: " + reason),
                Map.of("status", s.status().name()),
                record != null ? Map.of("status", status.name(), "decision", decision.name(), "record", record)
                        : Map.of("status", status.name(), "reason", reason.name(), "note", note));
    }

    private static Decision decision(FeedbackType type) {
        return switch (type) {
            case COMPLIMENT -> Decision.COMPLIMENT;
            case COMMENT -> Decision.COMMENT;
            case MEMBER_ENQUIRY -> Decision.MEMBER_ENQUIRY;
        };
    }

    private static void refuseUnlessWaiting(Submission s) {
        if (!s.waiting()) {
            throw Refusal.of("inbox.decidedMeanwhile", s.reference());
        }
    }

    static AuditSubject subject(Submission s) {
        return AuditSubject.of("public-submission", s.reference());
    }
}
