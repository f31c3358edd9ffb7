package heard.security;

import java.util.Collection;
import java.util.Optional;

import heard.security.accounts.StaffAccount;
import heard.security.persistence.StaffAccountRepository;
import heard.security.signin.LocalAccountDetailsService;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Signs in a person the council's identity provider (Entra ID and the like) has vouched for,
 * as the Heard account whose username or email address matches their claim. Roles come from
 * Heard, not from the identity provider: someone without an active account is refused.
 */
public class CouncilOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    public static final String NO_ACCOUNT = "heard_no_account";

    private final OidcUserService delegate = new OidcUserService();
    private final StaffAccountRepository accounts;
    private final String usernameClaim;

    public CouncilOidcUserService(StaffAccountRepository accounts, String usernameClaim) {
        this.accounts = accounts;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        String claimed = Optional.ofNullable(user.getClaimAsString(usernameClaim))
                .orElse(user.getClaimAsString("preferred_username"));
        StaffAccount account = Optional.ofNullable(claimed)
                .flatMap(c -> accounts.findByUsername(c).or(() -> accounts.findByEmail(c)))
                .filter(StaffAccount::active)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(NO_ACCOUNT,
                        "No active Heard account for " + claimed, null)));
        return new HeardOidcUser(LocalAccountDetailsService.authorities(account).stream()
                .filter(a -> !LocalAccountDetailsService.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority())).toList(),
                user, account.username());
    }

    /** An OIDC user whose name is their Heard username, so that the rest of Heard need not care how they signed in. */
    static final class HeardOidcUser extends DefaultOidcUser {

        private final String username;

        HeardOidcUser(Collection<? extends GrantedAuthority> authorities, OidcUser user, String username) {
            super(authorities, user.getIdToken(), user.getUserInfo());
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other) && other instanceof HeardOidcUser o && username.equals(o.username);
        }

        @Override
        public int hashCode() {
            return super.hashCode() * 31 + username.hashCode();
        }
    }
}
