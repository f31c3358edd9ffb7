package heard.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a person who is not signed in to the sign-in page; one whose session has just ended (unused
 * for too long, or ended because their account changed) is told so there, rather than left to wonder.
 */
class SignInEntryPoint extends LoginUrlAuthenticationEntryPoint {

    SignInEntryPoint() {
        super(SecurityConfiguration.SIGN_IN);
    }

    @Override
    protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
                                                     AuthenticationException exception) {
        boolean sessionEnded = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        return sessionEnded ? SecurityConfiguration.SIGN_IN + "?timeout" : SecurityConfiguration.SIGN_IN;
    }
}
