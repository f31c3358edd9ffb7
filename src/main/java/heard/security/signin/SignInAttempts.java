package heard.security.signin;

import java.time.Clock;
import java.time.Duration;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.security.persistence.StaffAccountRepository;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and locks an account for a while after too many, so that a password
 * cannot be guessed by trying. Counted in the database so that every instance sees the count.
 * Wrong second-factor codes (and recovery codes, and passwords given again to confirm an export)
 * count in the same count: the count starts again only when a sign-in is complete, so knowing the
 * password does not buy an endless supply of guesses at the code.
 */
@Component
public class SignInAttempts {

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
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            count(username);
        }
        audit.noted(subject(username), "sign-in refused", event.getException().getClass().getSimpleName());
    }

    @EventListener
    @Transactional
    void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        if (Factors.holds(event.getAuthentication(), Factors.SECOND_FACTOR_PENDING)) {
            audit.noted(subject(username), "password accepted", "Second factor still to give");
        } else {
            completed(username, null);
        }
    }

    /** A sign-in that needed a second factor is complete: the count of failures starts again. */
    @Transactional
    public void completed(String username, String how) {
        accounts.recordSignIn(username, clock.instant());
        audit.noted(subject(username), "signed in", how);
    }

    /**
     * Counts a wrong code or password given after the first step of signing in.
     *
     * @return whether the account is now locked
     */
    @Transactional
    public boolean refused(String username, String what) {
        boolean locked = count(username);
        audit.noted(subject(username), what + " refused", locked ? "Account locked for " + LOCK.toMinutes() + " minutes" : null);
        return locked;
    }

    public boolean locked(String username) {
        return accounts.findByUsername(username).map(a -> a.lockedAt(clock.instant())).orElse(true);
    }

    private boolean count(String username) {
        if (accounts.recordFailedSignIn(username) >= ALLOWED_FAILURES) {
            accounts.lockUntil(username, clock.instant().plus(LOCK));
            return true;
        }
        return false;
    }

    private static AuditSubject subject(String username) {
        return new AuditSubject("sign-in", username == null || username.isBlank() ? "(blank)" : username);
    }
}
