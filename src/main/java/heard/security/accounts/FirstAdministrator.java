package heard.security.accounts;

import java.util.EnumSet;

import heard.security.AccountProblem;
import heard.security.CreatedAccount;
import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.security.persistence.StaffAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * On the first start with no accounts, creates one administrator with a one-time password and
 * prints it to the console. There is never a fixed default password. When several instances
 * start together on an empty database, the unique username lets only one of them succeed.
 */
@Component
@ConditionalOnWebApplication
class FirstAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final StaffAccountRepository repository;
    private final StaffAccounts accounts;

    FirstAdministrator(StaffAccountRepository repository, StaffAccounts accounts) {
        this.repository = repository;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        CreatedAccount created;
        try {
            created = accounts.create(new NewStaffAccount(USERNAME, "Administrator", null,
                    EnumSet.of(Role.ADMINISTRATOR, Role.COMPLAINTS_MANAGER), null, true));
        } catch (DuplicateKeyException | AccountProblem anotherInstanceWasFirst) {
            return;
        }
        LOG.warn("""

                ================================================================
                  Heard has created its first administrator.
                    Username:           {}
                    One-time password:  {}
                  Sign in and choose a new password. This password is shown
                  only now; it is not stored in a form anyone can read.
                ================================================================
                """, created.member().username(), created.oneTimePassword());
    }
}
