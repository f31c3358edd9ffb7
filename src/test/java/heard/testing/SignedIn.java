package heard.testing;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
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

    public static void as(String username, Runnable step) {
        as(username, () -> {
            step.run();
            return null;
        });
    }
}
