package heard.publicform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import heard.casework.CaseworkPersonalData;
import heard.casework.ClosedRecord;
import heard.casework.PersonSought;
import heard.casework.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public form offers a retention schedule and subject access requests. A submission's handling is
 * over once the complaints team decided it (logged it as a record, or marked it not for Heard): the record
 * logged holds what the council keeps. Erasing removes the names, contact details, free texts and files,
 * and keeps the kind, dates, service area and what the team decided.
 */
@Service
@Transactional
public class PublicSubmissionPersonalData {

    private final JdbcClient jdbc;
    private final Clock clock;

    PublicSubmissionPersonalData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Submissions decided on or before {@code day}, not yet erased, oldest first. */
    @Transactional(readOnly = true)
    public List<ClosedRecord> closedOnOrBefore(LocalDate day) {
        return jdbc.sql("""
                SELECT reference, decided_at FROM public_submission
                WHERE status <> 'NEW' AND decided_at < :before AND personal_data_erased_on IS NULL
                ORDER BY decided_at, id""")
                .param("before", day.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime())
                .query((rs, n) -> new ClosedRecord(rs.getString("reference"), "public_submission",
                        rs.getObject("decided_at", OffsetDateTime.class).atZoneSameInstant(clock.getZone()).toLocalDate()))
                .list();
    }

    /** The submissions that name the person (the child, or the person who wrote), oldest first. */
    @Transactional(readOnly = true)
    public List<HeldSubmission> naming(PersonSought person) {
        if (person.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM public_submission
                WHERE LOWER(TRIM(from_name)) = :name OR LOWER(TRIM(child_name)) = :name OR LOWER(TRIM(email)) = :email
                   OR REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', '') = :phone
                ORDER BY received_at, id""")
                .param("name", person.nameKey()).param("email", person.emailKey()).param("phone", person.phoneDigits())
                .query((rs, n) -> new HeldSubmission(rs.getString("reference"), rs.getString("kind").toLowerCase(),
                        rs.getObject("received_on", LocalDate.class), rs.getString("writer").toLowerCase(),
                        rs.getString("child_name"), rs.getString("from_name"), rs.getString("email"),
                        rs.getString("phone"), rs.getString("postal_address"), rs.getString("what_happened"),
                        rs.getString("put_right"), rs.getString("staff_named"), rs.getString("status").toLowerCase(),
                        rs.getString("record_reference"), attachments(rs.getLong("id"))))
                .list();
    }

    private List<String> attachments(long submission) {
        return jdbc.sql("SELECT original_name FROM public_attachment WHERE submission_id = :id ORDER BY id")
                .param("id", submission).query(String.class).list();
    }

    /** Erases a submission's personal data and deletes its files; refused while it waits in the inbox. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void erasePersonalData(String reference) {
        String status = jdbc.sql("SELECT status FROM public_submission WHERE reference = :reference")
                .param("reference", reference).query(String.class).optional()
                .orElseThrow(() -> Refusal.of("erasure.unknown", reference));
        if (SubmissionStatus.NEW.name().equals(status)) {
            throw Refusal.of("erasure.open", reference);
        }
        jdbc.sql("""
                DELETE FROM public_attachment
                WHERE submission_id = (SELECT id FROM public_submission WHERE reference = :reference)""")
                .param("reference", reference).update();
        jdbc.sql("""
                UPDATE public_submission SET child_name = NULL, from_name = NULL, email = NULL, phone = NULL,
                    postal_address = NULL, what_happened = :erased,
                    put_right = CASE WHEN put_right IS NULL THEN NULL ELSE :erased END,
                    staff_named = CASE WHEN staff_named IS NULL THEN NULL ELSE :erased END,
                    not_for_heard_note = CASE WHEN not_for_heard_note IS NULL THEN NULL ELSE :erased END,
                    personal_data_erased_on = :today, version = version + 1
                WHERE reference = :reference""")
                .param("erased", CaseworkPersonalData.ERASED).param("today", LocalDate.now(clock))
                .param("reference", reference).update();
    }
}
