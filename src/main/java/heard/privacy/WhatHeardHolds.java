package heard.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import heard.casework.Appointment;
import heard.casework.CaseworkPersonalData;
import heard.casework.Complaint;
import heard.casework.ComplaintDetails;
import heard.casework.PersonSought;
import heard.casework.Stage;
import heard.casework.TimelineEntry;
import heard.feedback.FeedbackPersonalData;
import heard.feedback.FeedbackRecord;
import heard.learning.LearningPersonalData;
import heard.notify.NotifyPersonalData;
import heard.publicform.HeldSubmission;
import heard.publicform.PublicSubmissionPersonalData;
import org.springframework.stereotype.Component;

/**
 * Everything Heard holds that names one person, found through each owning module's API: the cases, feedback
 * and public submissions whose names, email, phone or date of birth match, each with the letters, emails and
 * receipts Heard sent about it (notify) and the lessons, actions and Ombudsman remedies drawn from it (learning).
 * In each record, what is about someone else (the other party, a member of staff, a letter to someone else) is
 * marked, and so is each free text that contains another name the record knows, for the complaints manager to
 * review before release. Apart from them, what names the person in full but is about another record.
 */
@Component
class WhatHeardHolds {

    private final CaseworkPersonalData casework;
    private final FeedbackPersonalData feedback;
    private final PublicSubmissionPersonalData submissions;
    private final NotifyPersonalData messages;
    private final LearningPersonalData learning;

    WhatHeardHolds(CaseworkPersonalData casework, FeedbackPersonalData feedback, PublicSubmissionPersonalData submissions,
                   NotifyPersonalData messages, LearningPersonalData learning) {
        this.casework = casework;
        this.feedback = feedback;
        this.submissions = submissions;
        this.messages = messages;
        this.learning = learning;
    }

    List<HeldRecord> about(PersonSought person) {
        List<HeldRecord> held = new ArrayList<>();
        casework.naming(person).forEach(c -> held.add(complaint(c, person)));
        feedback.naming(person).forEach(f -> held.add(feedback(f, person)));
        submissions.naming(person).forEach(s -> held.add(submission(s, person)));
        return held;
    }

    /** What Heard sent about the record and what the learning register drew from it, added to its fields. */
    private void sentAndLearned(String reference, PersonSought person, Fields f) {
        for (NotifyPersonalData.HeldMessage m : messages.about(reference)) {
            f.fact("message.sent", sent(m));
            sentTo(m, person, f);
            f.text("message.subject", m.subject());
            f.text("message.body", m.body());
        }
        for (LearningPersonalData.Entry e : learning.about(reference)) {
            f.fact("learning." + e.kind(), what(e));
            e.texts().forEach(t -> f.text("learning." + t.name(), t.value()));
        }
    }

    /** When a message was sent, what and how, and how it fared. */
    private static String sent(NotifyPersonalData.HeldMessage m) {
        return LocalDate.ofInstant(m.createdAt(), LONDON) + ", " + m.kind() + " by " + m.channel() + ", " + m.status();
    }

    /** To whom a message went, marked unless it went to the person. */
    private static void sentTo(NotifyPersonalData.HeldMessage m, PersonSought person, Fields f) {
        String to = java.util.stream.Stream.of(m.recipientName(), m.recipientEmail(), m.recipientAddress())
                .filter(s -> s != null && !s.isBlank()).reduce((a, b) -> a + ", " + b).orElse(null);
        boolean toThePerson = person.namesMatch(m.recipientName()) || person.emailMatches(m.recipientEmail());
        f.person("message.to", to, !toThePerson);
    }

    /** A learning entry without its free texts: its kind, number, date and facts. */
    private static String what(LearningPersonalData.Entry e) {
        StringBuilder what = new StringBuilder(e.kind()).append(' ').append(e.id()).append(", ").append(e.on());
        e.facts().forEach(t -> what.append(", ").append(t.value()));
        return what.toString();
    }

    /**
     * The learning entries and the letters, emails and receipts whose words contain the person's full name, but
     * not drawn from, nor sent about, any of the records found (those are listed with their record already).
     * The record each is from is someone else's: it, and every text, is marked for review.
     */
    FoundByName byName(PersonSought person, List<HeldRecord> records) {
        String fullName = FoundByName.fullNameOf(person);
        if (fullName == null) {
            return new FoundByName(null, List.of());
        }
        Set<String> found = new java.util.HashSet<>(records.stream().map(HeldRecord::reference).toList());
        List<FoundByName.Entry> entries = new ArrayList<>();
        for (LearningPersonalData.Entry e : learning.naming(fullName)) {
            if (e.drawnFrom().stream().noneMatch(found::contains)) {
                Fields f = new Fields(Set.of());
                f.fact("learning.entry", what(e));
                f.person("learning.drawnFrom", e.drawnFrom().isEmpty() ? null : String.join(", ", e.drawnFrom()), true);
                e.texts().forEach(t -> f.person("learning." + t.name(), t.value(), true));
                entries.add(new FoundByName.Entry(e.kind(), e.id(), f.fields));
            }
        }
        for (NotifyPersonalData.HeldMessage m : messages.naming(fullName)) {
            if (!found.contains(m.reference())) {
                Fields f = new Fields(Set.of());
                f.fact("message.sent", sent(m));
                f.person("message.about", m.reference(), true);
                sentTo(m, person, f);
                f.person("message.subject", m.subject(), true);
                f.person("message.body", m.body(), true);
                entries.add(new FoundByName.Entry("message", m.id(), f.fields));
            }
        }
        return new FoundByName(fullName, entries);
    }

    private static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");

    private HeldRecord complaint(Complaint c, PersonSought person) {
        ComplaintDetails d = c.details();
        boolean isComplainant = person.namesMatch(d.complainant().name()) || person.emailMatches(d.complainant().email())
                || person.phoneMatches(d.complainant().phone());
        boolean isChild = person.namesMatch(d.child().name())
                || (person.dateOfBirth() != null && person.dateOfBirth().equals(d.child().dateOfBirth()));
        String role = isComplainant ? (d.onChildsBehalf() ? "representative" : "complainant") : "child";
        Set<String> others = new LinkedHashSet<>();
        if (!isComplainant) {
            others.add(d.complainant().name());
        }
        if (!isChild) {
            others.add(d.child().name());
        }
        for (Stage s : c.stages()) {
            others.add(s.responderName());
            for (Appointment a : appointments(s)) {
                others.add(a.name());
            }
        }
        c.timeline().forEach(t -> others.add(t.person()));
        others.remove(null);
        Fields f = new Fields(others);
        f.fact("recordType", c.recordType().code());
        f.fact("procedure", c.procedure() == null ? null : c.procedure().name().toLowerCase(Locale.ROOT));
        f.fact("receivedOn", d.receivedOn());
        f.fact("status", c.status().name().toLowerCase(Locale.ROOT));
        f.fact("closedOn", c.closedOn());
        f.person("complainant.name", d.complainant().name(), !isComplainant);
        f.person("complainant.address", d.complainant().address(), !isComplainant);
        f.person("complainant.phone", d.complainant().phone(), !isComplainant);
        f.person("complainant.email", d.complainant().email(), !isComplainant);
        f.fact("complainant.role", d.complainant().role() == null ? null : d.complainant().role().name().toLowerCase(Locale.ROOT));
        f.person("child.name", d.child().name(), !isChild);
        f.person("child.dateOfBirth", d.child().dateOfBirth() == null ? null : d.child().dateOfBirth().toString(), !isChild);
        f.text("summary", d.summary());
        d.elements().forEach(e -> f.text("element", e));
        f.text("desiredOutcome", d.desiredOutcome());
        f.text("withdrawalReason", c.withdrawalReason());
        for (Stage s : c.stages()) {
            f.person("stage.responder", s.responderName(), true);
            for (Appointment a : appointments(s)) {
                f.person("stage.appointed", a.name(), true);
            }
            f.fact("stage.outcome", s.outcome() == null ? null : "Stage " + s.number() + ": " + s.outcome().name().toLowerCase(Locale.ROOT));
            s.findings().forEach(finding -> f.text("stage.findingReasons", finding.reasons()));
            s.actions().forEach(action -> f.text("stage.action", action));
        }
        c.remedies().forEach(r -> f.text("remedy", r.description()));
        for (TimelineEntry t : c.timeline()) {
            f.text("timeline", t.text());
        }
        sentAndLearned(c.reference().value(), person, f);
        RecordClass recordClass = RecordClass.COMPLAINT;
        return new HeldRecord(recordClass, c.reference().value(), role, d.receivedOn(), !c.isClosed(), f.fields);
    }

    private static List<Appointment> appointments(Stage s) {
        List<Appointment> all = new ArrayList<>();
        if (s.investigatingOfficer() != null) {
            all.add(s.investigatingOfficer());
        }
        if (s.independentPerson() != null) {
            all.add(s.independentPerson());
        }
        all.addAll(s.panel());
        return all;
    }

    private HeldRecord feedback(FeedbackRecord r, PersonSought person) {
        Fields f = new Fields(Set.of());
        f.fact("recordType", r.type().code());
        f.fact("receivedOn", r.receivedOn());
        f.fact("respondedOn", r.respondedOn());
        f.person("from.name", r.fromName(), false);
        f.person("from.contact", r.fromContact(), false);
        f.text("summary", r.summary());
        sentAndLearned(r.reference().value(), person, f);
        RecordClass recordClass = switch (r.type()) {
            case COMPLIMENT -> RecordClass.COMPLIMENT;
            case COMMENT -> RecordClass.COMMENT;
            case MEMBER_ENQUIRY -> RecordClass.ENQUIRY;
        };
        boolean open = !feedback.isClosed(r.reference().value()).orElse(true);
        return new HeldRecord(recordClass, r.reference().value(), "from", r.receivedOn(), open, f.fields);
    }

    private HeldRecord submission(HeldSubmission s, PersonSought person) {
        boolean isWriter = person.namesMatch(s.fromName()) || person.emailMatches(s.email()) || person.phoneMatches(s.phone());
        Set<String> others = new LinkedHashSet<>();
        if (!isWriter) {
            others.add(s.fromName());
        }
        if (isWriter && !person.namesMatch(s.childName())) {
            others.add(s.childName());
        }
        others.add(s.staffNamed());
        others.remove(null);
        Fields f = new Fields(others);
        f.fact("recordType", s.kind());
        f.fact("receivedOn", s.receivedOn());
        f.fact("status", s.status());
        f.fact("loggedAs", s.recordReference());
        f.person("from.name", s.fromName(), !isWriter);
        f.person("from.email", s.email(), !isWriter);
        f.person("from.phone", s.phone(), !isWriter);
        f.person("from.address", s.postalAddress(), !isWriter);
        f.person("child.name", s.childName(), isWriter && !person.namesMatch(s.childName()));
        f.text("whatHappened", s.whatHappened());
        f.text("putRight", s.putRight());
        f.person("staffNamed", s.staffNamed(), true);
        s.attachments().forEach(a -> f.fact("attachment", a));
        sentAndLearned(s.reference(), person, f);
        return new HeldRecord(RecordClass.PUBLIC_SUBMISSION, s.reference(), isWriter ? "writer" : "child", s.receivedOn(),
                "new".equals(s.status()), f.fields);
    }

    /** The fields of one record, with the names of the others it knows, for marking free texts that contain them. */
    private static final class Fields {

        private final Set<String> others;
        private final List<HeldRecord.Field> fields = new ArrayList<>();

        Fields(Set<String> others) {
            this.others = others;
        }

        void fact(String name, Object value) {
            if (value != null) {
                fields.add(new HeldRecord.Field(name, value.toString(), false, List.of()));
            }
        }

        void person(String name, String value, boolean thirdParty) {
            if (value != null) {
                fields.add(new HeldRecord.Field(name, value, thirdParty, List.of()));
            }
        }

        void text(String name, String value) {
            if (value == null || value.equals(CaseworkPersonalData.ERASED)) {
                return;
            }
            String lower = value.toLowerCase(Locale.ROOT);
            List<String> mentions = others.stream().filter(o -> mentions(lower, o)).toList();
            fields.add(new HeldRecord.Field(name, value, false, mentions));
        }

        /** Whether the text contains the name, or any word of it three letters or longer (a first name alone). */
        private static boolean mentions(String lowerText, String name) {
            for (String word : name.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (word.length() >= 3 && lowerText.matches("(?s).*\\b" + java.util.regex.Pattern.quote(word) + "\\b.*")) {
                    return true;
                }
            }
            return false;
        }
    }
}
