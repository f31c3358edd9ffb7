package heard.security.signin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import heard.security.accounts.StaffAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Changes what the current session's sign-in holds as the person takes its later steps (a second
 * factor given, a one-time password replaced, their identity confirmed again), saving it in the
 * session. A step that proves who the person is gets a new session id (session fixation).
 */
@Component
public class SignedInSession {

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final Clock clock;

    SignedInSession(Clock clock) {
        this.clock = clock;
    }

    /** After the second factor: the account's roles, the password factor already given, and the second factor now. */
    public void secondFactorGiven(Authentication pending, StaffAccount account, HttpServletRequest request,
                           HttpServletResponse response) {
        List<GrantedAuthority> authorities = new ArrayList<>(LocalAccountDetailsService.authorities(account));
        pending.getAuthorities().stream().filter(a -> Factors.PASSWORD.equals(a.getAuthority())).forEach(authorities::add);
        authorities.add(Factors.given(Factors.TOTP, clock.instant()));
        save(account.username(), authorities, request, response, true);
    }

    /** The factors given again just now (to confirm it is them), with fresh stamps. */
    public void factorsGivenAgain(Authentication current, Set<String> factors, HttpServletRequest request,
                           HttpServletResponse response) {
        List<GrantedAuthority> authorities = without(current.getAuthorities(), a -> factors.contains(a.getAuthority()));
        factors.forEach(f -> authorities.add(Factors.given(f, clock.instant())));
        save(current.getName(), authorities, request, response, true);
    }

    /** Drops one mark (such as "must change password") from the sign-in, keeping everything else. */
    public void drop(Authentication current, String authority, HttpServletRequest request, HttpServletResponse response) {
        save(current.getName(), without(current.getAuthorities(), a -> authority.equals(a.getAuthority())), request,
                response, false);
    }

    private static List<GrantedAuthority> without(Collection<? extends GrantedAuthority> authorities,
                                                  Predicate<GrantedAuthority> dropped) {
        List<GrantedAuthority> kept = new ArrayList<>(authorities);
        kept.removeIf(dropped);
        return kept;
    }

    private void save(String username, List<GrantedAuthority> authorities, HttpServletRequest request,
                      HttpServletResponse response, boolean newSessionId) {
        if (newSessionId && request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
