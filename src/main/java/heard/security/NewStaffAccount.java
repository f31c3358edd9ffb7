package heard.security;

import java.util.Set;

/**
 * A request for a new account.
 *
 * @param localPassword true for an account that signs in with a Heard password (embedded mode),
 *                      false for one that signs in through the council's identity provider
 */
public record NewStaffAccount(String username, String displayName, String email, Set<Role> roles, Long teamId,
                              boolean localPassword) {

    public NewStaffAccount {
        roles = Set.copyOf(roles);
    }
}
