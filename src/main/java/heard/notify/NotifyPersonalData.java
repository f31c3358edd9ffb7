package heard.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import heard.NameInText;
import heard.casework.CaseworkPersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What notify offers a retention schedule and subject access requests (UK GDPR Art 15 and 17): the
 * correspondence Heard sent about a record, and about any record whose words name a person; erasing the
 * messages about a record with the record's personal data, and erasing messages to staff (reminders, alerts,
 * digests) after their own period.
 *
 * <p>Erasing a message removes to whom it went (name, email, postal address, member of staff) and its words,
 * putting {@link CaseworkPersonalData#ERASED} where they were. The row stays: the fact that a message of its
 * kind was sent, when, and how it fared, and the key that keeps a reminder or alert from being sent again.
 * A message about the record that was not yet sent is not sent: it is erased as it stands.
 */
@Service
@Transactional
public class NotifyPersonalData {

    /**
     * One message Heard sent, as a subject access bundle shows it.
     *
     * @param id      its number in the outbox
     * @param kind    {@code correspondence} (a letter or email about a case) or {@code receipt} (of a public form)
     * @param channel {@code email} or {@code letter}
     * @param status  where it stands: {@code sent}, {@code delivered}, {@code letter_made}, {@code failed}...
     */
    public record HeldMessage(long id, String reference, String kind, String channel, Instant createdAt, String status,
                              String recipientName, String recipientEmail, String recipientAddress, String subject,
                              String body) {
    }

    private static final String STAFF_KINDS = "('REMINDER', 'ALERT', 'FOLLOW_UP', 'DIGEST')";

    private final JdbcClient jdbc;
    private final Clock clock;

    NotifyPersonalData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The letters, emails and receipts Heard sent to the public about the record, oldest first; none once erased. */
    @Transactional(readOnly = true)
    public List<HeldMessage> about(String reference) {
        return toThePublic("case_reference = :ref", Map.of("ref", reference));
    }

    /**
     * The letters, emails and receipts Heard sent to the public, about any record, whose subject or words contain
     * the full name as whole words ({@link NameInText}), oldest first; none once erased. The caller gives a full
     * name: a first name alone would find everyone who shares it.
     */
    @Transactional(readOnly = true)
    public List<HeldMessage> naming(String fullName) {
        NameInText name = new NameInText(fullName);
        return toThePublic(NameInText.sqlMatching("subject", "body"), Map.of(NameInText.PARAMETER, name.likePattern()))
                .stream().filter(m -> name.isIn(m.subject()) || name.isIn(m.body())).toList();
    }

    private List<HeldMessage> toThePublic(String condition, Map<String, ?> parameters) {
        return jdbc.sql("""
                SELECT id, case_reference, kind, channel, created_at, status, recipient_name, recipient_email,
                    recipient_address, subject, body
                FROM notify_message
                WHERE %s AND kind IN ('CORRESPONDENCE', 'RECEIPT') AND personal_data_erased_on IS NULL
                ORDER BY created_at, id""".formatted(condition))
                .params(parameters)
                .query((rs, n) -> new HeldMessage(rs.getLong("id"), rs.getString("case_reference"),
                        lower(rs.getString("kind")), lower(rs.getString("channel")),
                        rs.getTimestamp("created_at").toInstant(), lower(rs.getString("status")),
                        rs.getString("recipient_name"), rs.getString("recipient_email"),
                        rs.getString("recipient_address"), rs.getString("subject"), rs.getString("body")))
                .list();
    }

    /**
     * Erases every message about the record (to the public and to staff), in the caller's transaction, which
     * erases the record's own personal data. Returns how many messages it erased.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int erasePersonalData(String reference) {
        return jdbc.sql(ERASE + " WHERE case_reference = :ref AND personal_data_erased_on IS NULL")
                .param("ref", reference).param("erased", CaseworkPersonalData.ERASED)
                .param("today", LocalDate.now(clock)).update();
    }

    /**
     * Erases the messages to staff (reminders, alerts, follow-ups, digests) written before {@code before}: the
     * retention schedule's run, for the class of staff messages. Returns how many it erased.
     */
    public int eraseStaffMessagesBefore(Instant before) {
        return jdbc.sql(ERASE + " WHERE kind IN " + STAFF_KINDS
                        + " AND created_at < :before AND personal_data_erased_on IS NULL")
                .param("before", Timestamp.from(before)).param("erased", CaseworkPersonalData.ERASED)
                .param("today", LocalDate.now(clock)).update();
    }

    /** Not yet sent: stopped, so that the worker does not send the erased words (given up, and not offered again). */
    private static final String ERASE = """
            UPDATE notify_message SET recipient_name = NULL, recipient_email = NULL, recipient_address = NULL,
                recipient_staff_id = NULL, subject = :erased, body = :erased, last_error = NULL,
                status = CASE WHEN status IN ('QUEUED', 'SENDING') THEN 'GAVE_UP' ELSE status END,
                claimed_until = NULL, personal_data_erased_on = :today""";

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
    }
}
