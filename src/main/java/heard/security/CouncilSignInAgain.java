package heard.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * A person signed in with their council account confirms who they are by signing in at the identity
 * provider again. The authorization request then asks the provider not to rely on the sign-in it
 * remembers ({@code prompt=login}, and {@code max_age=0}, which providers that ignore prompt honour);
 * when the person comes back, they go on to the page that asked.
 */
final class CouncilSignInAgain {

    private static final String REQUESTED = CouncilSignInAgain.class.getName() + ".requested";
    private static final String CONTINUE = CouncilSignInAgain.class.getName() + ".continue";

    private CouncilSignInAgain() {
    }

    static void requestFor(HttpSession session, String continueTo) {
        session.setAttribute(REQUESTED, Boolean.TRUE);
        session.setAttribute(CONTINUE, continueTo);
    }

    /** Resolves authorization requests as Spring Security does, adding the request to sign in afresh when one was made. */
    static OAuth2AuthorizationRequestResolver resolver(ClientRegistrationRepository registrations) {
        DefaultOAuth2AuthorizationRequestResolver standard = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        return new OAuth2AuthorizationRequestResolver() {
            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
                return afresh(request, standard.resolve(request));
            }

            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
                return afresh(request, standard.resolve(request, registrationId));
            }
        };
    }

    private static OAuth2AuthorizationRequest afresh(HttpServletRequest request, OAuth2AuthorizationRequest authorization) {
        HttpSession session = request.getSession(false);
        if (authorization == null || session == null || session.getAttribute(REQUESTED) == null) {
            return authorization;
        }
        session.removeAttribute(REQUESTED);
        return OAuth2AuthorizationRequest.from(authorization)
                .additionalParameters(parameters -> {
                    parameters.put("prompt", "login");
                    parameters.put("max_age", "0");
                })
                .build();
    }

    /** After signing in at the provider: on to the page that asked for it, or as any sign-in goes. */
    static AuthenticationSuccessHandler successHandler() {
        SavedRequestAwareAuthenticationSuccessHandler standard = new SavedRequestAwareAuthenticationSuccessHandler();
        standard.setDefaultTargetUrl("/");
        return new AuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                                Authentication authentication) throws IOException, ServletException {
                HttpSession session = request.getSession(false);
                Object next = session == null ? null : session.getAttribute(CONTINUE);
                if (next instanceof String path) {
                    session.removeAttribute(CONTINUE);
                    response.sendRedirect(request.getContextPath() + ConfirmIdentityController.safe(path));
                } else {
                    standard.onAuthenticationSuccess(request, response, authentication);
                }
            }
        };
    }
}
