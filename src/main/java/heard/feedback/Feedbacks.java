package heard.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.calendar.CalendarNotKnownException;
import heard.calendar.StatutoryTimescales;
import heard.calendar.WorkingDayCalendar;
import heard.casework.CaseReference;
import heard.casework.Refusal;
import heard.casework.References;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliments, comments and member enquiries: logged, answered, chosen for quotation, and brought
 * in from and out to a case log. Every change is audited.
 */
@Service
@Transactional
public class Feedbacks {

    /** The longest texts the feedback table holds (V060__create_feedback.sql). */
    static final int FROM_NAME_LENGTH = 200;
    static final int FROM_CONTACT_LENGTH = 400;
    static final int SUMMARY_LENGTH = 4000;

    private final FeedbackRepository repository;
    private final References references;
    private final AuditTrail audit;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    Feedbacks(FeedbackRepository repository, References references, AuditTrail audit, WorkingDayCalendar calendar,
              Clock clock) {
        this.repository = repository;
        this.references = references;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A stored record with the version a page must send back to change it. */
    public record Versioned(FeedbackRecord record, int version, String importedFrom) {
    }

    @Transactional(readOnly = true)
    public Optional<Versioned> find(CaseReference reference) {
        return repository.find(reference.value()).map(s -> new Versioned(s.record(), s.version(), s.importedFrom()));
    }

    /** The most recently received, newest first; type null for every kind. */
    @Transactional(readOnly = true)
    public List<Versioned> recent(FeedbackType type, int offset, int limit) {
        return repository.receivedBetween(null, null, type, offset, limit).stream()
                .map(s -> new Versioned(s.record(), s.version(), s.importedFrom())).toList();
    }

    /** How many records of a type there are (type null for every kind), for a list's pages. */
    @Transactional(readOnly = true)
    public long count(FeedbackType type) {
        return repository.count(type);
    }

    /** The record, recorded in the audit trail as viewed: a person's page shows who it came from and how to reach them. */
    public Optional<Versioned> view(CaseReference reference) {
        Optional<Versioned> found = find(reference);
        found.ifPresent(v -> audit.viewed(subject(reference)));
        return found;
    }

    /**
     * When a member enquiry's answer is due, and whether it is late.
     *
     * @param dueOn        5 working days after it was received ({@link StatutoryTimescales#MEMBER_ENQUIRY})
     * @param overdue      not answered, and today is after the due date
     * @param answeredLate answered after the due date
     */
    public record AnswerDue(LocalDate dueOn, boolean overdue, boolean answeredLate) {
    }

    /**
     * When an answer is due: for an enquiry from an MP or councillor only, as compliments and comments
     * have no timescale, and not for an enquiry received outside the years whose bank holidays Heard knows.
     */
    @Transactional(readOnly = true)
    public Optional<AnswerDue> answerDue(FeedbackRecord record) {
        if (record.type() != FeedbackType.MEMBER_ENQUIRY) {
            return Optional.empty();
        }
        LocalDate due;
        try {
            due = calendar.deadline(record.receivedOn(), StatutoryTimescales.MEMBER_ENQUIRY).due();
        } catch (CalendarNotKnownException beyondTheCalendar) {
            return Optional.empty();
        }
        LocalDate answered = record.respondedOn();
        return Optional.of(new AnswerDue(due, answered == null && LocalDate.now(clock).isAfter(due),
                answered != null && answered.isAfter(due)));
    }

    /** Logs feedback, giving it the next reference in the council's style. */
    public CaseReference log(FeedbackType type, LocalDate receivedOn, heard.casework.Channel channel,
                             heard.casework.ComplainantRole role, String fromName, String fromContact, Long serviceAreaId,
                             Long teamId, List<Long> issueIds, String summary) {
        refuseWhatCannotBeRecorded(type, receivedOn, fromName, fromContact, summary);
        CaseReference reference = references.next(receivedOn, type.code());
        FeedbackRecord record = FeedbackRecord.logged(reference, type, receivedOn, channel, role, fromName, fromContact,
                serviceAreaId, teamId, issueIds, summary);
        repository.insert(record, null, clock.instant());
        audit.changed(subject(reference), "logged", type.code() + " " + reference + " logged", null, record);
        return reference;
    }

    public void answer(CaseReference reference, int version, LocalDate on) {
        change(reference, version, "answered", r -> {
            if (on == null) {
                throw new Refusal("respondedOn", "date.missing");
            }
            if (on.isAfter(LocalDate.now(clock))) {
                throw new Refusal("respondedOn", "date.future");
            }
            if (on.isBefore(r.receivedOn())) {
                throw new Refusal("respondedOn", "feedback.respondedOn.beforeReceived", r.receivedOn());
            }
            return r.answered(on);
        });
    }

    /**
     * Corrects what was recorded when the feedback came in (an imported record's too), refusing what
     * logging refuses. A record that is no longer a compliment is no longer quoted, and an answered one
     * cannot have been received after its answer.
     */
    public void correct(CaseReference reference, int version, FeedbackType type, LocalDate receivedOn,
                        heard.casework.Channel channel, heard.casework.ComplainantRole role, String fromName,
                        String fromContact, Long serviceAreaId, Long teamId, List<Long> issueIds, String summary) {
        change(reference, version, "details corrected", r -> {
            refuseWhatCannotBeRecorded(type, receivedOn, fromName, fromContact, summary);
            if (r.respondedOn() != null && receivedOn.isAfter(r.respondedOn())) {
                throw new Refusal("receivedOn", "feedback.receivedOn.afterAnswered", r.respondedOn());
            }
            return r.corrected(type, receivedOn, channel, role, fromName, fromContact, serviceAreaId, teamId, issueIds,
                    summary);
        });
    }

    /** Chooses a compliment to be quoted in the annual report (or stops quoting it). */
    public void quote(CaseReference reference, int version, boolean quote) {
        change(reference, version, quote ? "chosen for quotation" : "no longer quoted", r -> {
            if (r.type() != FeedbackType.COMPLIMENT) {
                throw Refusal.of("feedback.quote.notACompliment");
            }
            return r.quoted(quote);
        });
    }

    // ------------------------------------------------------------------ case log

    @Transactional(readOnly = true)
    public Map<String, FeedbackRecord> existing(Collection<String> references) {
        Map<String, FeedbackRecord> existing = new LinkedHashMap<>();
        repository.findAll(List.copyOf(references)).forEach(s -> existing.put(s.record().reference().value(), s.record()));
        return existing;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void add(List<FeedbackRecord> records, String source) {
        for (FeedbackType type : FeedbackType.values()) {
            references.claimAll(records.stream().filter(r -> r.type() == type).map(FeedbackRecord::reference).toList(),
                    type.code());
        }
        repository.insertAll(records, source, clock.instant());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void update(List<FeedbackRecord> records, String source) {
        for (FeedbackRecord record : records) {
            FeedbackRepository.Stored before = repository.find(record.reference().value()).orElseThrow();
            FeedbackRecord after = new FeedbackRecord(record.reference(), record.type(), record.receivedOn(),
                    record.channel(), record.complainantRole(), before.record().fromName(), before.record().fromContact(),
                    record.serviceAreaId(), record.teamId(), record.issueIds(), record.summary(), record.respondedOn(),
                    before.record().quotable(), record.procedure(), record.childSex(), record.childEthnicity(),
                    record.childAge(), record.advocacy(), record.withdrawnOn(), record.remedies(), record.remedyPayment(),
                    record.costInvestigatingOfficer(), record.costIndependentPerson(), record.costReviewPanel(),
                    record.costMediation());
            repository.update(before.id(), before.version(), after, source, clock.instant());
            audit.changed(subject(record.reference()), "updated from a case log", "Updated from " + source,
                    before.record(), after);
        }
    }

    /** Every record received in a period (null ends are open), a chunk at a time, oldest first. */
    @Transactional(readOnly = true)
    public void export(LocalDate from, LocalDate to, Consumer<FeedbackRecord> sink) {
        int chunk = 1000;
        List<FeedbackRepository.Stored> page;
        int offset = 0;
        java.util.List<FeedbackRecord> all = new java.util.ArrayList<>();
        do {
            page = repository.receivedBetween(from, to, null, offset, chunk);
            page.forEach(s -> all.add(s.record()));
            offset += chunk;
        } while (page.size() == chunk);
        all.sort(java.util.Comparator.comparing(FeedbackRecord::receivedOn));
        all.forEach(sink);
    }

    private void change(CaseReference reference, int version, String action,
                        java.util.function.UnaryOperator<FeedbackRecord> move) {
        FeedbackRepository.Stored before = repository.find(reference.value())
                .orElseThrow(() -> Refusal.of("case.notFound", reference.value()));
        if (before.version() != version) {
            throw Refusal.of("case.changedMeanwhile");
        }
        FeedbackRecord after = move.apply(before.record());
        if (!repository.update(before.id(), version, after, before.importedFrom(), clock.instant())) {
            throw Refusal.of("case.changedMeanwhile");
        }
        audit.changed(subject(reference), action, action, before.record(), after);
    }

    /** What neither logging nor a correction may record. */
    private void refuseWhatCannotBeRecorded(FeedbackType type, LocalDate receivedOn, String fromName, String fromContact,
                                            String summary) {
        if (type == null) {
            throw new Refusal("type", "feedback.type.missing");
        }
        refuseTooLong("fromName", fromName, FROM_NAME_LENGTH);
        refuseTooLong("fromContact", fromContact, FROM_CONTACT_LENGTH);
        refuseTooLong("summary", summary, SUMMARY_LENGTH);
        if (receivedOn == null) {
            throw new Refusal("receivedOn", "date.missing");
        }
        if (receivedOn.isAfter(LocalDate.now(clock))) {
            throw new Refusal("receivedOn", "date.future");
        }
        if (type == FeedbackType.COMPLIMENT && (summary == null || summary.isBlank())) {
            throw new Refusal("summary", "feedback.compliment.words.missing");
        }
    }

    /** Refuses text longer than its column, which the database would otherwise refuse with an error page. */
    private static void refuseTooLong(String field, String text, int maximum) {
        if (text != null && text.strip().length() > maximum) {
            throw new Refusal(field, "feedback." + field + ".tooLong", maximum);
        }
    }

    static AuditSubject subject(CaseReference reference) {
        return new AuditSubject("feedback", reference.value());
    }
}
