package heard.security.signin;

import heard.security.config.SecurityConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a person who is not signed in to the sign-in page; one whose session has just ended (unused
 * for too long, or ended because their account changed) is told so there, rather than left to wonder.
 * A visitor to Heard's address itself ({@code /}) is most likely the public: they land on the public
 * start page, which links to the staff sign-in.
 */
public class SignInEntryPoint extends LoginUrlAuthenticationEntryPoint {

    public SignInEntryPoint() {
        super(SecurityConfiguration.SIGN_IN);
    }

    @Override
    protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
                                                     AuthenticationException exception) {
        boolean sessionEnded = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        if (!sessionEnded && request.getRequestURI().equals(request.getContextPath() + "/")) {
            return SecurityConfiguration.PUBLIC_START;
        }
        return sessionEnded ? SecurityConfiguration.SIGN_IN + "?timeout" : SecurityConfiguration.SIGN_IN;
    }
}
