package heard.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way every module writes to the audit trail: each change a person makes (who, when,
 * what, the state before and after) and each view of a case record.
 *
 * <p>Writes join the caller's transaction, so a change and its audit entry commit or roll back
 * together. The table refuses updates and deletes (a database trigger), so the trail cannot be
 * rewritten, by Heard or anyone else.
 */
@Service
public class AuditTrail {

    /**
     * The fewest years an entry is kept: the database refuses to delete a younger one (db/vendor V092 on
     * PostgreSQL, {@link AppendOnlyTrigger} on H2), and the retention schedule refuses a shorter period.
     */
    public static final int FLOOR_YEARS = 7;

    /** Who acts when no person is signed in: start-up tasks, scheduled jobs. */
    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records a change to a subject.
     *
     * @param subject the record changed, e.g. {@code new AuditSubject("team", "12")}
     * @param action  a short verb phrase, e.g. {@code "renamed"}
     * @param summary what happened, for a person reading the trail
     * @param before  the state before (any object Jackson can write), or null when created
     * @param after   the state after, or null when removed
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(AuditSubject subject, String action, String summary, Object before, Object after) {
        insert(subject, action, summary, toJson(before), toJson(after));
    }

    /** Records that the current person looked at a record. */
    @Transactional
    public void viewed(AuditSubject subject) {
        insert(subject, "viewed", null, null, null);
    }

    /** Records an event that is not a change of state, such as a sign-in or a refused sign-in. */
    @Transactional
    public void noted(AuditSubject subject, String action, String summary) {
        insert(subject, action, summary, null, null);
    }

    /** The history of one record, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEvent> history(AuditSubject subject) {
        return jdbc.sql("""
                SELECT * FROM audit_event WHERE subject_type = :type AND subject_id = :id
                ORDER BY occurred_at, id""")
                .param("type", subject.type()).param("id", subject.id())
                .query(AuditTrail::event).list();
    }

    /** How many entries are older than an instant: for the retention schedule's review. */
    @Transactional(readOnly = true)
    public long countBefore(Instant before) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE occurred_at < :before")
                .param("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC)).query(Long.class).single();
    }

    /**
     * Removes the entries older than {@code before}, for the retention schedule's run, and records in the trail
     * how many, and before when. Refused for an instant less than {@link #FLOOR_YEARS} years ago: the database
     * refuses it too, whoever asks. Returns how many entries were removed.
     */
    @Transactional
    public long removeBefore(Instant before) {
        if (before.isAfter(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusYears(FLOOR_YEARS).toInstant())) {
            throw new IllegalArgumentException("Audit entries younger than " + FLOOR_YEARS + " years are kept: not before " + before);
        }
        int removed = jdbc.sql("DELETE FROM audit_event WHERE occurred_at < :before")
                .param("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC)).update();
        if (removed > 0) {
            insert(new AuditSubject("audit-trail", "retention"), "removed entries past their period",
                    removed + " entries from before " + before + " removed by the retention schedule", null, null);
        }
        return removed;
    }

    /** A page of the whole trail, newest first, optionally narrowed. */
    @Transactional(readOnly = true)
    public List<AuditEvent> search(AuditQuery query) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_event WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (query.actor() != null) {
            sql.append(" AND LOWER(actor) = LOWER(?)");
            params.add(query.actor());
        }
        if (query.subjectType() != null) {
            sql.append(" AND subject_type = ?");
            params.add(query.subjectType());
        }
        if (query.subjectId() != null) {
            sql.append(" AND subject_id = ?");
            params.add(query.subjectId());
        }
        if (query.from() != null) {
            sql.append(" AND occurred_at >= ?");
            params.add(query.from().atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        if (query.to() != null) {
            sql.append(" AND occurred_at < ?");
            params.add(query.to().plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?");
        params.add(query.size() + 1);
        params.add(query.offset());
        return jdbc.sql(sql.toString()).params(params).query(AuditTrail::event).list();
    }

    private void insert(AuditSubject subject, String action, String summary, String before, String after) {
        Objects.requireNonNull(subject, "subject");
        jdbc.sql("""
                INSERT INTO audit_event (occurred_at, actor, action, subject_type, subject_id, summary, before_state, after_state)
                VALUES (:at, :actor, :action, :type, :id, :summary, :before, :after)""")
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("actor", currentActor())
                .param("action", action)
                .param("type", subject.type())
                .param("id", subject.id())
                .param("summary", summary == null ? null : abbreviate(summary))
                .param("before", before)
                .param("after", after)
                .update();
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        return state instanceof String text ? json.writeValueAsString(Map.of("value", text)) : json.writeValueAsString(state);
    }

    static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }

    private static String abbreviate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }

    private static AuditEvent event(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Instant at = rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
        return new AuditEvent(rs.getLong("id"), at, rs.getString("actor"), rs.getString("action"),
                new AuditSubject(rs.getString("subject_type"), rs.getString("subject_id")),
                rs.getString("summary"), rs.getString("before_state"), rs.getString("after_state"));
    }
}
