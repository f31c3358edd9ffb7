package heard.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.h2.api.Trigger;

/**
 * H2's counterpart of the PostgreSQL trigger that keeps the audit trail append-only
 * ({@code db/vendor/h2/V003}, {@code db/vendor/postgresql/V092}): it refuses every UPDATE and the DELETE of
 * any entry younger than {@link AuditTrail#FLOOR_YEARS} years, which the retention schedule's run may remove.
 * Public only because H2 instantiates it by name.
 */
public final class AppendOnlyTrigger implements Trigger {

    /** The column of {@code audit_event} that holds when the entry was written (after {@code id}). */
    private static final int OCCURRED_AT = 1;

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow == null && pastTheFloor(oldRow[OCCURRED_AT])) {
            return;
        }
        throw new SQLException("The audit trail is append-only: "
                + (newRow == null ? "DELETE" : "UPDATE") + " on audit_event refused");
    }

    /**
     * Judged by the database's clock, as PostgreSQL's {@code now()} is, not Heard's: the floor must hold
     * whatever the application's clock says.
     */
    private static boolean pastTheFloor(Object occurredAt) {
        Instant at = null;
        if (occurredAt instanceof OffsetDateTime o) {
            at = o.toInstant();
        } else if (occurredAt instanceof Timestamp t) {
            at = t.toInstant();
        } else if (occurredAt instanceof Instant i) {
            at = i;
        }
        return at != null && at.isBefore(OffsetDateTime.now(ZoneOffset.UTC).minusYears(AuditTrail.FLOOR_YEARS).toInstant());
    }
}
