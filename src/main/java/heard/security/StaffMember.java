package heard.security;

import java.util.Set;

/** A member of staff who can sign in to Heard, as other modules see them. */
public record StaffMember(long id, String username, String displayName, String email, Set<Role> roles,
                          Long teamId, boolean active) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role)
                || (role == Role.COMPLAINTS_OFFICER && roles.contains(Role.COMPLAINTS_MANAGER));
    }
}
