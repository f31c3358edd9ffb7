package heard.security.signin;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import heard.security.web.ConfirmIdentityController;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * A person signed in with their council account confirms who they are by signing in at the identity
 * provider again. The authorization request then asks the provider not to rely on the sign-in it
 * remembers ({@code prompt=login}, and {@code max_age=0}, which providers that ignore prompt honour);
 * when the person comes back, they go on to the page that asked.
 *
 * <p>Every sign-in through the provider is stamped, as a password sign-in is, on Heard's clock: with
 * the time it arrived, less the age of the provider's sign-in when the ID token says it ({@code auth_time}
 * against the token's {@code iat}, both the provider's). A provider that remembered a sign-in of an hour
 * ago therefore does not count as a fresh one (ASVS 6.8.4); one that sends no {@code auth_time} is taken
 * at its word that it signed the person in when it issued the token.
 */
public final class CouncilSignInAgain {

    private static final String REQUESTED = CouncilSignInAgain.class.getName() + ".requested";
    private static final String CONTINUE = CouncilSignInAgain.class.getName() + ".continue";

    private CouncilSignInAgain() {
    }

    public static void requestFor(HttpSession session, String continueTo) {
        session.setAttribute(REQUESTED, Boolean.TRUE);
        session.setAttribute(CONTINUE, continueTo);
    }

    /** Resolves authorization requests as Spring Security does, adding the request to sign in afresh when one was made. */
    public static OAuth2AuthorizationRequestResolver resolver(ClientRegistrationRepository registrations) {
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

    /** After signing in at the provider: stamped, then on to the page that asked for it, or as any sign-in goes. */
    public static AuthenticationSuccessHandler successHandler(Clock clock) {
        SavedRequestAwareAuthenticationSuccessHandler standard = new SavedRequestAwareAuthenticationSuccessHandler();
        standard.setDefaultTargetUrl("/");
        HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
        return new AuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                                Authentication authentication) throws IOException, ServletException {
                if (authentication instanceof OAuth2AuthenticationToken token) {
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(stamped(token, clock));
                    SecurityContextHolder.setContext(context);
                    contexts.saveContext(context, request, response);
                }
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

    private static OAuth2AuthenticationToken stamped(OAuth2AuthenticationToken token, Clock clock) {
        Duration age = Duration.ZERO;
        if (token.getPrincipal() instanceof OidcUser user) {
            OidcIdToken id = user.getIdToken();
            if (id.getAuthenticatedAt() != null && id.getIssuedAt() != null && id.getAuthenticatedAt().isBefore(id.getIssuedAt())) {
                age = Duration.between(id.getAuthenticatedAt(), id.getIssuedAt());
            }
        }
        Instant signedIn = clock.instant().minus(age);
        List<GrantedAuthority> authorities = new ArrayList<>(token.getAuthorities());
        authorities.removeIf(a -> Factors.IDENTITY_PROVIDER.equals(a.getAuthority()));
        authorities.add(Factors.given(Factors.IDENTITY_PROVIDER, signedIn));
        OAuth2AuthenticationToken result = new OAuth2AuthenticationToken(token.getPrincipal(), authorities,
                token.getAuthorizedClientRegistrationId());
        result.setDetails(token.getDetails());
        return result;
    }
}
