package heard.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Local (embedded-mode) accounts for Spring Security's form sign-in. */
@Component
class LocalAccountDetailsService implements UserDetailsService {

    /** Held until the account's owner replaces their one-time password; every other page is closed to them. */
    static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private final StaffAccountRepository accounts;
    private final Clock clock;

    LocalAccountDetailsService(StaffAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account = accounts.findByUsername(username)
                .filter(a -> a.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(authorities(account))
                .disabled(!account.active())
                .accountLocked(account.lockedAt(clock.instant()))
                .build();
    }

    static List<GrantedAuthority> authorities(StaffAccount account) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        account.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        if (account.mustChangePassword()) {
            authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
        }
        return authorities;
    }
}
