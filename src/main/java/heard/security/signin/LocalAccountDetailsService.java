package heard.security.signin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import heard.security.accounts.StaffAccount;
import heard.security.persistence.StaffAccountRepository;
import heard.security.secondfactor.SecondFactorPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Local (embedded-mode) accounts for Spring Security's form sign-in. An account that must give a
 * second factor gets no role from its password alone: only the mark that its second factor is
 * pending, so that every page that needs a role refuses it until the code is given. Not a bean: only
 * {@link PasswordSignIn} uses it, so no other sign-in can load accounts without their second factor.
 */
public class LocalAccountDetailsService implements UserDetailsService {

    /** Held until the account's owner replaces their one-time password; every other page is closed to them. */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private final StaffAccountRepository accounts;
    private final SecondFactorPolicy secondFactor;
    private final Clock clock;

    public LocalAccountDetailsService(StaffAccountRepository accounts, SecondFactorPolicy secondFactor, Clock clock) {
        this.accounts = accounts;
        this.secondFactor = secondFactor;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account = accounts.findByUsername(username)
                .filter(a -> a.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(secondFactor.appliesTo(account) ? pending(account) : authorities(account))
                .disabled(!account.active())
                .accountLocked(account.lockedAt(clock.instant()))
                .build();
    }

    /** The account's roles, as a fully signed-in session holds them. */
    public static List<GrantedAuthority> authorities(StaffAccount account) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        account.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        if (account.mustChangePassword()) {
            authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
        }
        return authorities;
    }

    private static List<GrantedAuthority> pending(StaffAccount account) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(Factors.SECOND_FACTOR_PENDING));
        if (account.mustChangePassword()) {
            authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
        }
        return authorities;
    }
}
