package heard.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2's counterpart of the PostgreSQL trigger that keeps the audit trail append-only
 * ({@code db/vendor/h2/V003}). Public only because H2 instantiates it by name.
 */
public final class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("The audit trail is append-only: "
                + (newRow == null ? "DELETE" : "UPDATE") + " on audit_event refused");
    }
}
