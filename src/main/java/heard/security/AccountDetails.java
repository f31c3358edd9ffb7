package heard.security;

import java.time.Instant;

/**
 * An account as the administrator's page shows it.
 *
 * @param secondFactorSetUpAt when the person set up their authenticator app, or null
 * @param sessions            how many signed-in sessions the person has open now
 */
public record AccountDetails(StaffMember member, int version, boolean hasLocalPassword, Instant lastSignedInAt,
                             Instant secondFactorSetUpAt, int sessions) {
}
