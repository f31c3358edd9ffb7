package heard.security.secondfactor;

import java.util.Set;

import heard.security.Role;
import heard.security.accounts.StaffAccount;
import heard.security.persistence.SecondFactorRepository;
import org.springframework.stereotype.Component;

/**
 * Who must give a second factor when they sign in with a Heard password. Administrators and
 * complaints managers always (they can change who sees what, and see everything); everyone else
 * when an administrator has chosen so; and anyone who has set one up, whoever they are. Accounts
 * that sign in through the council's identity provider rely on the provider's own second factor.
 */
@Component
public class SecondFactorPolicy {

    static final Set<Role> ALWAYS_REQUIRED = Set.of(Role.ADMINISTRATOR, Role.COMPLAINTS_MANAGER);

    private final SecondFactorRepository factors;

    SecondFactorPolicy(SecondFactorRepository factors) {
        this.factors = factors;
    }

    /** Whether this account must set up a second factor (and cannot turn it off). */
    boolean requiredFor(StaffAccount account) {
        return account.passwordHash() != null
                && (account.roles().stream().anyMatch(ALWAYS_REQUIRED::contains) || factors.requiredForEveryone());
    }

    /** Whether signing in with this account's password needs a second factor next: set up, or required. */
    public boolean appliesTo(StaffAccount account) {
        return account.passwordHash() != null && (factors.enrolment(account.id()).isPresent() || requiredFor(account));
    }
}
