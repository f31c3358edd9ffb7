package heard.testing;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a step of a test as a member of staff signed in (their roles come from their Heard account). */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(String username, Supplier<T> step) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        try {
            return step.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * The mark of a password given at this instant, as signing in leaves it: for a test request (with
     * {@code user(...).authorities(...)}) to a page that asks for the password again unless it was given
     * recently, such as the case log export. Heard's own sign-in stamps it; a test stands in for that.
     */
    public static GrantedAuthority passwordGivenAt(Instant at) {
        return FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY).issuedAt(at).build();
    }

    public static void as(String username, Runnable step) {
        as(username, () -> {
            step.run();
            return null;
        });
    }
}
