package heard.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.PersonSought;
import heard.casework.Refusal;
import heard.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests from a person for what Heard holds about them (UK GDPR Art 15) or for its erasure (Art 17): logged
 * with who they are (as they gave it) and when the request came, due one calendar month later (Art 12(3)); the
 * records that name them found through each owning module; erasure record by record where the law allows.
 */
@Service
public class SubjectAccessRequests {

    /** What the person asked for. */
    public enum Kind { ACCESS, ERASURE }

    /** A request as logged. */
    public record Request(long id, Kind kind, PersonSought person, LocalDate receivedOn, LocalDate dueOn,
                          LocalDate answeredOn, String createdBy) {

        public boolean overdueOn(LocalDate day) {
            return answeredOn == null && day.isAfter(dueOn);
        }
    }

    /** A request to log, as the complaints manager typed it. */
    public record NewRequest(Kind kind, PersonSought person, LocalDate receivedOn) {
    }

    /**
     * What Heard holds about the person: the records that name them, and the learning entries and messages
     * about other records found by their name alone, to be checked before release.
     */
    public record Held(List<HeldRecord> records, FoundByName byName) {

        public Held {
            records = List.copyOf(records);
        }
    }

    /** What erasing on request did to one record: erased, or not and why (a message key taking the reference). */
    public record ErasureResult(String reference, boolean erased, String messageKey) implements java.io.Serializable {
    }

    private final JdbcClient jdbc;
    private final WhatHeardHolds held;
    private final Erasures erasures;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SubjectAccessRequests(JdbcClient jdbc, WhatHeardHolds held, Erasures erasures, AuditTrail audit,
                          CurrentUser currentUser, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.held = held;
        this.erasures = erasures;
        this.audit = audit;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The day an answer is due: one calendar month after the request (the month's last day where it has no such day). */
    public static LocalDate dueOn(LocalDate receivedOn) {
        return receivedOn.plusMonths(1);
    }

    /**
     * Logs a request. Refused, saving nothing, without a way to find the person, with a name, email or phone
     * longer than Heard keeps, or received in the future (each refusal names its field).
     */
    public long log(NewRequest request) {
        PersonSought p = request.person();
        if (request.kind() == null) {
            throw new Refusal("kind", "request.kind.missing");
        }
        if (p.isEmpty()) {
            throw new Refusal("name", "request.person.missing");
        }
        tooLong("name", p.name(), 200);
        tooLong("email", p.email(), 320);
        tooLong("phone", p.phone(), 50);
        LocalDate today = LocalDate.now(clock);
        if (request.receivedOn() == null) {
            throw new Refusal("receivedOn", "request.receivedOn.missing");
        }
        if (request.receivedOn().isAfter(today)) {
            throw new Refusal("receivedOn", "request.receivedOn.future");
        }
        if (p.dateOfBirth() != null && p.dateOfBirth().isAfter(today)) {
            throw new Refusal("dateOfBirth", "request.dateOfBirth.future");
        }
        return transaction.execute(status -> {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO subject_access_request (kind, person_name, email, phone, date_of_birth, received_on, due_on,
                        created_by, created_at)
                    VALUES (:kind, :name, :email, :phone, :dob, :received, :due, :by, :at)""")
                    .param("kind", request.kind().name()).param("name", p.name()).param("email", p.email())
                    .param("phone", p.phone()).param("dob", p.dateOfBirth()).param("received", request.receivedOn())
                    .param("due", dueOn(request.receivedOn())).param("by", currentUser.require().username())
                    .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .update(key, "id");
            long id = key.getKey().longValue();
            // The person's details stay out of the trail: it keeps them for longer than the request.
            audit.changed(subject(id), "logged", "Subject access request " + id + " (" + request.kind().name().toLowerCase()
                    + ") logged, due " + dueOn(request.receivedOn()), null, null);
            return id;
        });
    }

    private static void tooLong(String field, String value, int most) {
        if (value != null && value.length() > most) {
            throw new Refusal(field, "request.tooLong", most);
        }
    }

    /** Every request, those still to answer first, by due date. */
    public List<Request> all() {
        return jdbc.sql("SELECT * FROM subject_access_request ORDER BY CASE WHEN answered_on IS NULL THEN 0 ELSE 1 END, due_on, id")
                .query(SubjectAccessRequests::row).list();
    }

    public Optional<Request> find(long id) {
        return jdbc.sql("SELECT * FROM subject_access_request WHERE id = :id").param("id", id)
                .query(SubjectAccessRequests::row).optional();
    }

    /** Everything Heard holds that names the person; the search is recorded in the audit trail. */
    public Held held(Request request) {
        List<HeldRecord> records = held.about(request.person());
        FoundByName byName = held.byName(request.person(), records);
        audit.noted(subject(request.id()), "searched", records.size() + " records found: "
                + String.join(", ", records.stream().map(HeldRecord::reference).toList())
                + (byName.fullName() == null ? "; not searched by name (no full name)"
                        : "; " + byName.entries().size() + " found by name: "
                        + String.join(", ", byName.entries().stream().map(e -> e.kind() + " " + e.id()).toList())));
        return new Held(records, byName);
    }

    /** Records that the bundle was given out (downloaded), in the audit trail. */
    public void bundleGiven(Request request, String format) {
        audit.noted(subject(request.id()), "bundle downloaded", "Bundle downloaded as " + format);
    }

    /**
     * Erases the person's data in each record that names them, where the law allows: not a record under a legal
     * hold (kept for a legal claim, Art 17(3)(e)), nor one still open (needed to handle the complaint, a task in
     * the public interest under the Children Act 1989, Art 17(3)(b)). Each record in a transaction of its own;
     * each erasure recorded with the request. The learning entries and messages found by name alone are not
     * erased: they may be about someone else of the same name, and are about another person's record.
     */
    public List<ErasureResult> erase(Request request) {
        String approvedBy = currentUser.require().username();
        List<ErasureResult> results = new ArrayList<>();
        for (HeldRecord record : held(request).records()) {
            try {
                erasures.erase(record.recordClass(), record.reference(), Erasures.Ground.REQUEST, request.id(),
                        approvedBy, () -> { });
                results.add(new ErasureResult(record.reference(), true, "request.erased"));
            } catch (Refusal refusal) {
                results.add(new ErasureResult(record.reference(), false, refusal.messageKey()));
            }
        }
        return results;
    }

    /** Marks the request answered today. */
    public void answered(long id) {
        transaction.executeWithoutResult(status -> {
            if (jdbc.sql("UPDATE subject_access_request SET answered_on = :today, version = version + 1 WHERE id = :id "
                    + "AND answered_on IS NULL").param("today", LocalDate.now(clock)).param("id", id).update() == 0) {
                throw Refusal.of("request.answered.already");
            }
            audit.changed(subject(id), "answered", "Subject access request " + id + " answered", null, null);
        });
    }

    static AuditSubject subject(long id) {
        return new AuditSubject("subject-access-request", String.valueOf(id));
    }

    private static Request row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Request(rs.getLong("id"), Kind.valueOf(rs.getString("kind")),
                new PersonSought(rs.getString("person_name"), rs.getString("email"), rs.getString("phone"),
                        rs.getObject("date_of_birth", LocalDate.class)),
                rs.getObject("received_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getObject("answered_on", LocalDate.class), rs.getString("created_by"));
    }
}
