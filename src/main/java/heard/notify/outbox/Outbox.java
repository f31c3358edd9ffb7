package heard.notify.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import heard.notify.NotifyPersonalData;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox: every message Heard sends, from the moment it is decided to the provider's last word on it.
 *
 * <p>Exactly once across instances: a message is queued under a key that says what it is, so queuing it
 * twice (two instances running the same reminders) leaves one row; an instance then claims a row by an
 * update that succeeds for one instance only, sends it, and marks it sent. A claim lasts a few minutes, so a
 * message whose instance died while sending is claimed again by another rather than lost.
 */
@Repository
public class Outbox {

    private static final String COLUMNS = """
            id, kind, channel, case_reference, template_key, recipient_name, recipient_email, recipient_address,
            recipient_staff_id, subject, body, status, attempts, next_attempt_at, provider, provider_id,
            delivery_status, last_error, created_by, created_at, sent_at""";

    /** Ready to send: queued and due, or claimed by an instance whose claim ran out. */
    private static final String CLAIMABLE = """
            ((status = 'QUEUED' AND next_attempt_at <= :now) OR (status = 'SENDING' AND claimed_until < :now))""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    Outbox(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    private static final String INSERT = """
            INSERT INTO notify_message (dedup_key, deadline_key, kind, channel, case_reference, template_key, recipient_name,
                recipient_email, recipient_address, recipient_staff_id, subject, body, status, attempts,
                next_attempt_at, created_by, created_at, sent_at)
            VALUES (:key, :deadline, :kind, :channel, :ref, :template, :name, :email, :address, :staff, :subject, :body,
                :status, 0, :now, :by, :now, :sentAt)
            ON CONFLICT DO NOTHING""";

    /** Queues a message unless one with its key is already queued or sent; true when this call queued it. */
    public boolean queue(OutgoingMessage m, Instant now) {
        return batch.update(INSERT, params(m, now)) == 1;
    }

    /** Rows per multi-row insert: 17 parameters a row keeps a statement well under every driver's limit. */
    private static final int ROWS_PER_INSERT = 500;

    private static final String MULTI_ROW_INSERT = """
            INSERT INTO notify_message (dedup_key, deadline_key, kind, channel, case_reference, template_key, recipient_name,
                recipient_email, recipient_address, recipient_staff_id, subject, body, status, attempts,
                next_attempt_at, created_by, created_at, sent_at)
            VALUES """;

    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)";

    /**
     * Queues each of these not already queued, many rows to a statement; returns how many were new. In the
     * order of their keys, so that two instances queuing the same messages at once take their locks in one
     * order, and the second waits for the first rather than deadlock with it.
     */
    public int queueAll(List<OutgoingMessage> unordered, Instant now) {
        List<OutgoingMessage> messages = unordered.stream()
                .sorted(java.util.Comparator.comparing(OutgoingMessage::dedupKey)).toList();
        Timestamp at = Timestamp.from(now);
        int queued = 0;
        for (int from = 0; from < messages.size(); from += ROWS_PER_INSERT) {
            List<OutgoingMessage> chunk = messages.subList(from, Math.min(messages.size(), from + ROWS_PER_INSERT));
            String sql = MULTI_ROW_INSERT + String.join(", ", Collections.nCopies(chunk.size(), ROW))
                    + " ON CONFLICT DO NOTHING";
            queued += batch.getJdbcOperations().update(sql, ps -> {
                int i = 1;
                for (OutgoingMessage m : chunk) {
                    MessageStatus status = status(m);
                    ps.setString(i++, m.dedupKey());
                    ps.setString(i++, m.deadlineKey());
                    ps.setString(i++, m.kind().name());
                    ps.setString(i++, m.channel().name());
                    ps.setString(i++, m.caseReference());
                    ps.setString(i++, m.templateKey());
                    ps.setString(i++, m.recipient().name());
                    ps.setString(i++, m.recipient().email() == null ? null : m.recipient().email().value());
                    ps.setString(i++, m.recipient().address());
                    ps.setObject(i++, m.recipient().staffId(), Types.BIGINT);
                    ps.setString(i++, m.subject());
                    ps.setString(i++, m.body());
                    ps.setString(i++, status.name());
                    ps.setTimestamp(i++, at);
                    ps.setString(i++, m.createdBy());
                    ps.setTimestamp(i++, at);
                    ps.setTimestamp(i++, status == MessageStatus.LETTER_MADE ? at : null);
                }
            });
        }
        return queued;
    }

    /** A letter is made, not sent: it is kept as made at once, and the team prints and posts it. */
    private static MessageStatus status(OutgoingMessage m) {
        return m.channel() == MessageChannel.LETTER ? MessageStatus.LETTER_MADE : MessageStatus.QUEUED;
    }

    /**
     * The keys of the messages already queued about these deadlines, so that a run repeated on the same day
     * skips them before writing their words (the unique key still refuses any it misses, such as one queued
     * by another instance a moment later).
     */
    public Set<String> queuedAbout(List<String> deadlineKeys) {
        Set<String> found = new HashSet<>();
        for (int from = 0; from < deadlineKeys.size(); from += 1000) {
            found.addAll(jdbc.sql("SELECT dedup_key FROM notify_message WHERE deadline_key IN (:keys)")
                    .param("keys", deadlineKeys.subList(from, Math.min(deadlineKeys.size(), from + 1000)))
                    .query(String.class).list());
        }
        return found;
    }

    private static SqlParameterSource params(OutgoingMessage m, Instant now) {
        MessageStatus status = status(m);
        return new MapSqlParameterSource()
                .addValue("key", m.dedupKey())
                .addValue("deadline", m.deadlineKey())
                .addValue("kind", m.kind().name())
                .addValue("channel", m.channel().name())
                .addValue("ref", m.caseReference())
                .addValue("template", m.templateKey())
                .addValue("name", m.recipient().name())
                .addValue("email", m.recipient().email() == null ? null : m.recipient().email().value())
                .addValue("address", m.recipient().address())
                .addValue("staff", m.recipient().staffId())
                .addValue("subject", m.subject())
                .addValue("body", m.body())
                .addValue("status", status.name())
                .addValue("now", Timestamp.from(now))
                .addValue("by", m.createdBy())
                .addValue("sentAt", status == MessageStatus.LETTER_MADE ? Timestamp.from(now) : null);
    }

    /** Those of these deadlines that an alert was queued for before {@code before}. */
    public Set<String> alertedBefore(List<String> deadlineKeys, Instant before) {
        Set<String> found = new HashSet<>();
        for (int from = 0; from < deadlineKeys.size(); from += 1000) {
            found.addAll(jdbc.sql("SELECT DISTINCT deadline_key FROM notify_message WHERE deadline_key IN (:keys) "
                            + "AND kind = 'ALERT' AND created_at < :before")
                    .param("keys", deadlineKeys.subList(from, Math.min(deadlineKeys.size(), from + 1000)))
                    .param("before", Timestamp.from(before))
                    .query(String.class).list());
        }
        return found;
    }

    /**
     * Claims up to {@code limit} messages ready to send for {@code instance}, each by its own update, which
     * commits at once: a message another instance claimed first is skipped.
     */
    List<SentMessage> claim(Instant now, String instance, Duration lease, int limit) {
        List<Long> candidates = jdbc.sql("SELECT id FROM notify_message WHERE " + CLAIMABLE
                        + " ORDER BY next_attempt_at, id LIMIT :limit")
                .param("now", Timestamp.from(now)).param("limit", limit).query(Long.class).list();
        List<SentMessage> claimed = new ArrayList<>();
        for (long id : candidates) {
            int won = jdbc.sql("UPDATE notify_message SET status = 'SENDING', claimed_by = :me, claimed_until = :until, "
                            + "attempts = attempts + 1 WHERE id = :id AND " + CLAIMABLE)
                    .param("me", instance).param("until", Timestamp.from(now.plus(lease)))
                    .param("id", id).param("now", Timestamp.from(now)).update();
            if (won == 1) {
                claimed.add(find(id));
            }
        }
        return claimed;
    }

    void sent(long id, String instance, String provider, String providerId, Instant now) {
        jdbc.sql("""
                        UPDATE notify_message SET status = 'SENT', provider = :provider, provider_id = :providerId,
                            sent_at = :now, claimed_until = NULL, last_error = NULL
                        WHERE id = :id AND claimed_by = :me AND status = 'SENDING'""")
                .param("provider", provider).param("providerId", providerId).param("now", Timestamp.from(now))
                .param("id", id).param("me", instance).update();
    }

    /** After a failed attempt: try again at {@code next}, or, with no next, stop trying ({@code finalStatus}). */
    void failed(long id, String instance, String error, Instant next, MessageStatus finalStatus) {
        jdbc.sql("""
                        UPDATE notify_message SET status = :status, next_attempt_at = :next, claimed_until = NULL,
                            last_error = :error
                        WHERE id = :id AND claimed_by = :me AND status = 'SENDING'""")
                .param("status", next == null ? finalStatus.name() : MessageStatus.QUEUED.name())
                .param("next", next == null ? null : Timestamp.from(next))
                .param("error", error == null ? null : error.substring(0, Math.min(error.length(), 1000)))
                .param("id", id).param("me", instance).update();
    }

    void delivery(long id, String deliveryStatus, MessageStatus status, Instant now) {
        jdbc.sql("UPDATE notify_message SET delivery_status = :delivery, status = :status, delivery_checked_at = :now "
                        + "WHERE id = :id")
                .param("delivery", deliveryStatus).param("status", status.name()).param("now", Timestamp.from(now))
                .param("id", id).update();
    }

    /** Sent through Notify, not yet delivered or failed, and not checked since {@code checkedBefore}. */
    List<SentMessage> awaitingDelivery(Instant checkedBefore, Instant sentAfter, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notify_message WHERE status = 'SENT' AND provider = 'NOTIFY' "
                        + "AND sent_at > :after AND (delivery_checked_at IS NULL OR delivery_checked_at < :before) "
                        + "AND (delivery_status IS NULL OR delivery_status <> '" + DeliveryStatuses.UNKNOWN + "') "
                        + "ORDER BY sent_at LIMIT :limit")
                .param("after", Timestamp.from(sentAfter)).param("before", Timestamp.from(checkedBefore))
                .param("limit", limit).query(Outbox::row).list();
    }

    public long idOf(String dedupKey) {
        return jdbc.sql("SELECT id FROM notify_message WHERE dedup_key = :key").param("key", dedupKey)
                .query(Long.class).single();
    }

    public SentMessage find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notify_message WHERE id = :id").param("id", id)
                .query(Outbox::row).single();
    }

    public List<SentMessage> forCase(String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notify_message WHERE case_reference = :ref AND kind IN "
                        + "('CORRESPONDENCE', 'RECEIPT') ORDER BY created_at DESC, id DESC")
                .param("ref", reference).query(Outbox::row).list();
    }

    public List<SentMessage> forStaff(long staffId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notify_message WHERE recipient_staff_id = :staff "
                        + "ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("staff", staffId).param("limit", limit).query(Outbox::row).list();
    }

    /**
     * Messages that have not reached their recipient and are no longer being tried, newest first; not those
     * erased ({@link NotifyPersonalData}), which have no one to go to.
     */
    public List<SentMessage> givenUp(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notify_message WHERE status IN ('GAVE_UP', 'FAILED') "
                        + "AND personal_data_erased_on IS NULL "
                        + "ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("limit", limit).query(Outbox::row).list();
    }

    /** Queues a message that was given up again, as new, when the complaints manager asks. */
    public boolean retry(long id, Instant now) {
        return jdbc.sql("UPDATE notify_message SET status = 'QUEUED', attempts = 0, next_attempt_at = :now "
                        + "WHERE id = :id AND status IN ('GAVE_UP', 'FAILED') AND personal_data_erased_on IS NULL")
                .param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    private static SentMessage row(ResultSet rs, int n) throws SQLException {
        return new SentMessage(rs.getLong("id"), MessageKind.valueOf(rs.getString("kind")),
                MessageChannel.valueOf(rs.getString("channel")), rs.getString("case_reference"),
                rs.getString("template_key"), rs.getString("recipient_name"), rs.getString("recipient_email"),
                rs.getString("recipient_address"), rs.getObject("recipient_staff_id", Long.class),
                rs.getString("subject"), rs.getString("body"), MessageStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), instant(rs, "next_attempt_at"), rs.getString("provider"),
                rs.getString("provider_id"), rs.getString("delivery_status"), rs.getString("last_error"),
                rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
