package heard.security;

import java.time.Instant;

/** An account as the administrator's page shows it. */
public record AccountDetails(StaffMember member, int version, boolean hasLocalPassword, Instant lastSignedInAt) {
}
