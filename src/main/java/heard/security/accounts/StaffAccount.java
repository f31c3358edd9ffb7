package heard.security.accounts;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import heard.security.Role;
import heard.security.StaffMember;

/** A staff account as stored: the member of staff plus what only sign-in needs. */
public record StaffAccount(long id, String username, String displayName, String email, String passwordHash,
                    boolean mustChangePassword, boolean active, Long teamId, Set<Role> roles,
                    Instant lockedUntil, Instant lastSignedInAt, int version) {

    public StaffAccount {
        roles = Set.copyOf(roles);
    }

    /** Usernames and email addresses compare without case or surrounding spaces. */
    public static String normalise(String name) {
        return name == null ? null : name.trim().toLowerCase(Locale.ROOT);
    }

    public StaffAccount withRoles(Set<Role> newRoles) {
        return new StaffAccount(id, username, displayName, email, passwordHash, mustChangePassword, active, teamId,
                newRoles, lockedUntil, lastSignedInAt, version);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public StaffMember member() {
        return new StaffMember(id, username, displayName, email, roles, teamId, active);
    }
}
