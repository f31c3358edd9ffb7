package heard.security.signin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import heard.security.CouncilOidcUserService;
import heard.security.config.SecurityConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Says why a sign-in failed in the GOV.UK error summary of the sign-in page: which field was
 * blank, or that the username and password did not match (never which of the two was wrong).
 */
public class SignInFailureHandler implements AuthenticationFailureHandler {

    public static final String ERRORS = SignInFailureHandler.class.getName() + ".errors";
    public static final String USERNAME = SignInFailureHandler.class.getName() + ".username";

    /** A problem to show: the field it belongs to (null for the whole form) and its message key. */
    public record SignInError(String field, String messageKey) implements java.io.Serializable {
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        List<SignInError> errors = new ArrayList<>();
        if (exception instanceof OAuth2AuthenticationException oauth) {
            errors.add(new SignInError(null, CouncilOidcUserService.NO_ACCOUNT.equals(oauth.getError().getErrorCode())
                    ? "signIn.oidc.noAccount" : "signIn.oidc.failed"));
        } else {
            String username = request.getParameter("username");
            String password = request.getParameter("password");
            if (username == null || username.isBlank()) {
                errors.add(new SignInError("username", "signIn.username.blank"));
            }
            if (password == null || password.isEmpty()) {
                errors.add(new SignInError("password", "signIn.password.blank"));
            }
            if (errors.isEmpty()) {
                errors.add(new SignInError("username", exception instanceof LockedException ? "signIn.locked"
                        : exception instanceof DisabledException ? "signIn.disabled" : "signIn.failed"));
            }
            request.getSession().setAttribute(USERNAME, username);
        }
        request.getSession().setAttribute(ERRORS, errors);
        response.sendRedirect(request.getContextPath() + SecurityConfiguration.SIGN_IN + "?error");
    }
}
