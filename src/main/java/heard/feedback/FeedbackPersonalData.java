package heard.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import heard.casework.CaseworkPersonalData;
import heard.casework.ClosedRecord;
import heard.casework.PersonSought;
import heard.casework.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What feedback offers a retention schedule and subject access requests: the records whose handling is
 * over, the records that name a person, and erasing a record's personal data.
 *
 * <p>A compliment's handling is over when it is answered, or when it arrives if no answer is recorded (a
 * compliment needs none); a comment's and a member enquiry's when answered or withdrawn. Erasing removes who
 * it came from and how to reach them, and the words (which may name people); it keeps the type, dates,
 * team, issues, the child's age, sex and ethnicity and whether a compliment was chosen to be quoted, which
 * is all the figures count.
 */
@Service
@Transactional
public class FeedbackPersonalData {

    private static final String CLOSED_ON = """
            CASE WHEN record_type = 'COMPLIMENT' THEN COALESCE(responded_on, withdrawn_on, received_on)
                 ELSE COALESCE(responded_on, withdrawn_on) END""";

    private final JdbcClient jdbc;
    private final FeedbackRepository repository;
    private final Clock clock;

    FeedbackPersonalData(JdbcClient jdbc, FeedbackRepository repository, Clock clock) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.clock = clock;
    }

    /** Records of this type whose handling ended on or before {@code day}, not yet erased, oldest first. */
    @Transactional(readOnly = true)
    public List<ClosedRecord> closedOnOrBefore(FeedbackType type, LocalDate day) {
        return jdbc.sql("SELECT reference, " + CLOSED_ON + " AS closed_on FROM feedback "
                        + "WHERE record_type = :type AND personal_data_erased_on IS NULL AND " + CLOSED_ON + " <= :day "
                        + "ORDER BY closed_on, reference")
                .param("type", type.name()).param("day", day)
                .query((rs, n) -> new ClosedRecord(rs.getString("reference"), type.name().toLowerCase(),
                        rs.getObject("closed_on", LocalDate.class)))
                .list();
    }

    /** The records that name the person (who it came from, or their contact), oldest first. */
    @Transactional(readOnly = true)
    public List<FeedbackRecord> naming(PersonSought person) {
        if (person.isEmpty()) {
            return List.of();
        }
        List<String> references = jdbc.sql("""
                SELECT reference FROM feedback
                WHERE LOWER(TRIM(from_name)) = :name OR LOWER(TRIM(from_contact)) = :email
                   OR REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(from_contact, ' ', ''), '-', ''), '(', ''), ')', ''), '+', '') = :phone
                ORDER BY received_on, id""")
                .param("name", person.nameKey()).param("email", person.emailKey()).param("phone", person.phoneDigits())
                .query(String.class).list();
        return repository.findAll(references).stream().map(FeedbackRepository.Stored::record).toList();
    }

    /** Whether the record's handling is over (see the class comment); empty if there is no such record. */
    @Transactional(readOnly = true)
    public Optional<Boolean> isClosed(String reference) {
        return jdbc.sql("SELECT " + CLOSED_ON + " IS NOT NULL FROM feedback WHERE reference = :reference")
                .param("reference", reference).query(Boolean.class).optional();
    }

    /** Erases a record's personal data as the class comment says; refused while it is open or if there is none. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void erasePersonalData(String reference) {
        boolean closed = isClosed(reference).orElseThrow(() -> Refusal.of("erasure.unknown", reference));
        if (!closed) {
            throw Refusal.of("erasure.open", reference);
        }
        jdbc.sql("""
                UPDATE feedback SET from_name = NULL, from_contact = NULL,
                    summary = CASE WHEN summary IS NULL THEN NULL ELSE :erased END,
                    personal_data_erased_on = :today, version = version + 1
                WHERE reference = :reference""")
                .param("erased", CaseworkPersonalData.ERASED).param("today", LocalDate.now(clock))
                .param("reference", reference).update();
    }
}
