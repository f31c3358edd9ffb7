package heard.security.signin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import heard.security.ConfirmedRecently;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signs in with a Heard username and password. Spring Security marks the result with its password
 * factor; Heard stamps that factor with its own clock, the one it later compares it with (to ask for
 * the password again before an export, {@link ConfirmedRecently}).
 */
public class PasswordSignIn extends DaoAuthenticationProvider {

    private final Clock clock;

    public PasswordSignIn(LocalAccountDetailsService accounts, PasswordEncoder passwords, Clock clock) {
        super(accounts);
        setPasswordEncoder(passwords);
        this.clock = clock;
    }

    @Override
    protected Authentication createSuccessAuthentication(Object principal, Authentication authentication, UserDetails user) {
        Authentication signedIn = super.createSuccessAuthentication(principal, authentication, user);
        List<GrantedAuthority> authorities = new ArrayList<>(signedIn.getAuthorities());
        authorities.removeIf(a -> Factors.PASSWORD.equals(a.getAuthority()));
        authorities.add(Factors.given(Factors.PASSWORD, clock.instant()));
        UsernamePasswordAuthenticationToken stamped = UsernamePasswordAuthenticationToken.authenticated(
                signedIn.getPrincipal(), null, authorities);
        stamped.setDetails(signedIn.getDetails());
        return stamped;
    }
}
