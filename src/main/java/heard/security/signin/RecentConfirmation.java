package heard.security.signin;

import java.time.Clock;
import java.time.Duration;

import heard.security.ConfirmedRecently;
import heard.security.config.SecurityProperties;
import heard.security.secondfactor.SecondFactors;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Whether a person confirmed who they are recently enough for a {@link ConfirmedRecently} route,
 * decided with Spring Security 7's factor authorities: each factor the person has must have been
 * given within {@code heard.security.confirmed-within} on Heard's clock. For a council account, the
 * sign-in at the identity provider must be that recent (as {@link CouncilSignInAgain} stamps it, from the
 * ID token's {@code auth_time} where the provider sends one: OWASP ASVS 6.8.4).
 */
@Component
public class RecentConfirmation {

    private final SecondFactors secondFactors;
    private final Duration within;
    private final Clock clock;

    RecentConfirmation(SecondFactors secondFactors, SecurityProperties properties, Clock clock) {
        this.secondFactors = secondFactors;
        this.within = properties.confirmedWithin();
        this.clock = clock;
    }

    public boolean holds(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        AllRequiredFactorsAuthorizationManager.Builder<Object> required = AllRequiredFactorsAuthorizationManager.builder();
        if (authentication instanceof OAuth2AuthenticationToken) {
            required.requireFactor(f -> f.authority(Factors.IDENTITY_PROVIDER).validDuration(within));
        } else {
            required.requireFactor(f -> f.passwordAuthority().validDuration(within));
            if (secondFactors.isSetUp(authentication.getName())) {
                required.requireFactor(f -> f.authority(Factors.TOTP).validDuration(within));
            }
        }
        AllRequiredFactorsAuthorizationManager<Object> manager = required.build();
        manager.setClock(clock);
        return manager.authorize(() -> authentication, authentication).isGranted();
    }

    public Duration within() {
        return within;
    }
}
