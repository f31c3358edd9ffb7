package heard.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What casework offers a retention schedule and subject access requests (UK GDPR Art 15 and 17): the
 * closed cases, the cases that name a person, and erasing a case's personal data.
 *
 * <p>Erasing keeps every fact the figures count (dates, stages, outcomes, the child's age, sex, ethnicity
 * and disability, the complainant's role, teams, issues, remedies' kinds and amounts, costs), so that a
 * published year's figures do not change; it removes the names and contact details of the complainant
 * and the child, the child's date of birth, and every free text (which may name people), putting
 * {@link #ERASED} where the text was. The names of those who handled the case for the council (responders,
 * investigators, panel members) are kept as the record of who acted.
 */
@Service
@Transactional
public class CaseworkPersonalData {

    /** What stands where erased free text was. */
    public static final String ERASED = "[erased]";

    private final JdbcClient jdbc;
    private final ComplaintRepository complaints;
    private final Clock clock;

    CaseworkPersonalData(JdbcClient jdbc, ComplaintRepository complaints, Clock clock) {
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.clock = clock;
    }

    /** Closed cases closed on or before {@code day} whose personal data is not yet erased, oldest first. */
    @Transactional(readOnly = true)
    public List<ClosedRecord> closedOnOrBefore(LocalDate day) {
        return jdbc.sql("""
                SELECT reference, record_type, closed_on FROM complaint
                WHERE status = 'CLOSED' AND closed_on <= :day AND personal_data_erased_on IS NULL
                ORDER BY closed_on, reference""")
                .param("day", day)
                .query((rs, n) -> new ClosedRecord(rs.getString("reference"), rs.getString("record_type").toLowerCase(),
                        rs.getObject("closed_on", LocalDate.class)))
                .list();
    }

    /** The cases that name the person (as complainant, representative or child), oldest first; none for an empty search. */
    @Transactional(readOnly = true)
    public List<Complaint> naming(PersonSought person) {
        if (person.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("""
                SELECT id FROM complaint
                WHERE LOWER(TRIM(complainant_name)) = :name OR LOWER(TRIM(child_name)) = :name
                   OR LOWER(TRIM(complainant_email)) = :email OR child_date_of_birth = :dob
                   OR REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(complainant_phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', '') = :phone
                ORDER BY received_on, id""")
                .param("name", person.nameKey()).param("email", person.emailKey())
                .param("dob", person.dateOfBirth()).param("phone", person.phoneDigits())
                .query(Long.class).list();
        return complaints.findAllById(ids);
    }

    /** Whether the case's personal data was erased, and when; empty if it was not (or there is no such case). */
    @Transactional(readOnly = true)
    public Optional<LocalDate> erasedOn(String reference) {
        return jdbc.sql("SELECT personal_data_erased_on FROM complaint WHERE reference = :reference")
                .param("reference", reference).query(LocalDate.class).optional();
    }

    /**
     * Erases the personal data of a closed case, as the class comment says. Refused for an open case (its
     * handling needs it) and for a case Heard does not hold. Joins the caller's transaction, which records
     * the erasure.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void erasePersonalData(String reference) {
        Long id = jdbc.sql("SELECT id FROM complaint WHERE reference = :reference")
                .param("reference", reference).query(Long.class).optional()
                .orElseThrow(() -> Refusal.of("erasure.unknown", reference));
        String status = jdbc.sql("SELECT status FROM complaint WHERE id = :id").param("id", id).query(String.class).single();
        if (!CaseStatus.CLOSED.name().equals(status)) {
            throw Refusal.of("erasure.open", reference);
        }
        jdbc.sql("""
                UPDATE complaint SET complainant_name = NULL, complainant_address = NULL, complainant_phone = NULL,
                    complainant_email = NULL, child_name = NULL, child_date_of_birth = NULL,
                    desired_outcome = %s, summary = %s, eligibility_reasons = %s, late_reasons = %s,
                    withdrawal_reason = %s, search_text = LOWER(reference), personal_data_erased_on = :today,
                    version = version + 1
                WHERE id = :id""".formatted(erased("desired_outcome"), erased("summary"), erased("eligibility_reasons"),
                        erased("late_reasons"), erased("withdrawal_reason")))
                .param("id", id).param("today", LocalDate.now(clock)).param("erased", ERASED).update();
        List<String> children = new ArrayList<>(List.of(
                "UPDATE complaint_element SET text = :erased",
                "UPDATE complaint_finding SET reasons = " + erased("reasons"),
                "UPDATE complaint_remedy SET description = " + erased("description"),
                "UPDATE complaint_action SET text = :erased",
                "UPDATE complaint_stage SET late_request_discretion = " + erased("late_request_discretion")
                        + ", extension_reason = " + erased("extension_reason"),
                "UPDATE complaint_adr SET participants = " + erased("participants") + ", result = " + erased("result"),
                "UPDATE complaint_timeline SET text = " + erased("text"),
                "UPDATE complaint_restriction SET other_reason = " + erased("other_reason")));
        for (String update : children) {
            jdbc.sql(update + " WHERE complaint_id = :id").param("id", id).param("erased", ERASED).update();
        }
    }

    /** Keeps an empty column empty, so that an erased case still shows which texts it had. */
    private static String erased(String column) {
        return "CASE WHEN " + column + " IS NULL THEN NULL ELSE :erased END";
    }
}
