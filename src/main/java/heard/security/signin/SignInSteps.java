package heard.security.signin;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import heard.security.secondfactor.SecondFactors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a person who has given their password to the next step of signing in before anything else:
 * their second factor's code when they have one (before anything can change, even their password);
 * then a password of their own in place of a one-time password; then setting up the second factor
 * they must have. Until the last step a pending sign-in holds no role, so this is the way on, not the
 * lock: a page reached another way refuses them anyway.
 */
public class SignInSteps extends OncePerRequestFilter {

    public static final String CODE = "/sign-in/code";
    public static final String RECOVERY_CODE = "/sign-in/recovery-code";
    public static final String CHANGE_PASSWORD = "/account/password";
    public static final String SET_UP_SECOND_FACTOR = "/account/second-factor/set-up";

    private static final Set<String> ALWAYS_ALLOWED = Set.of("/sign-out", "/error");

    private final SecondFactors secondFactors;

    public SignInSteps(SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> step = authentication == null || ALWAYS_ALLOWED.contains(path) || path.startsWith("/assets/")
                ? Optional.empty() : nextStep(authentication);
        if (step.isPresent() && !onStep(path, step.get())) {
            response.sendRedirect(request.getContextPath() + step.get());
            return;
        }
        chain.doFilter(request, response);
    }

    /** The page of the step this sign-in is at, or empty when it is complete. */
    Optional<String> nextStep(Authentication authentication) {
        boolean pending = Factors.holds(authentication, Factors.SECOND_FACTOR_PENDING);
        if (pending && secondFactors.isSetUp(authentication.getName())) {
            return Optional.of(CODE);
        }
        if (Factors.holds(authentication, LocalAccountDetailsService.PASSWORD_CHANGE_REQUIRED)) {
            return Optional.of(CHANGE_PASSWORD);
        }
        return pending ? Optional.of(SET_UP_SECOND_FACTOR) : Optional.empty();
    }

    private static boolean onStep(String path, String step) {
        return path.equals(step) || (step.equals(CODE) && path.equals(RECOVERY_CODE));
    }
}
