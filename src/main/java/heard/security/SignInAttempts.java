package heard.security;

import java.time.Clock;
import java.time.Duration;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and locks an account for a while after too many, so that a password
 * cannot be guessed by trying. Counted in the database so that every instance sees the count.
 */
@Component
class SignInAttempts {

    static final int ALLOWED_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final StaffAccountRepository accounts;
    private final AuditTrail audit;
    private final Clock clock;

    SignInAttempts(StaffAccountRepository accounts, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        if (event instanceof AuthenticationFailureBadCredentialsEvent
                && accounts.recordFailedSignIn(username) >= ALLOWED_FAILURES) {
            accounts.lockUntil(username, clock.instant().plus(LOCK));
        }
        audit.noted(new AuditSubject("sign-in", username.isBlank() ? "(blank)" : username), "sign-in refused",
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    @Transactional
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.recordSignIn(event.getAuthentication().getName(), clock.instant());
        audit.noted(new AuditSubject("sign-in", event.getAuthentication().getName()), "signed in", null);
    }
}
