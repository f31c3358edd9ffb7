package heard.security;

import java.util.Optional;

import heard.security.accounts.StaffAccount;
import heard.security.persistence.StaffAccountRepository;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The member of staff making the current request. */
@Component
public class CurrentUser {

    private final StaffAccountRepository accounts;

    CurrentUser(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<StaffMember> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return accounts.findByUsername(authentication.getName()).map(StaffAccount::member);
    }

    /** The signed-in member of staff; fails when nobody with an account is signed in. */
    public StaffMember require() {
        return get().orElseThrow(() -> new IllegalStateException("No member of staff is signed in"));
    }
}
