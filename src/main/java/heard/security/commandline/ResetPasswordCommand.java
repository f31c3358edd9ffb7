package heard.security.commandline;

import java.io.PrintStream;

import heard.security.StaffAccounts;
import heard.security.accounts.StaffAccount;
import heard.security.persistence.StaffAccountRepository;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar heard.jar reset-password USERNAME}: gives a local account a new one-time
 * password, for when the only administrator has forgotten theirs.
 */
@Component
class ResetPasswordCommand extends AccountCommand {

    private final StaffAccounts accounts;

    ResetPasswordCommand(StaffAccountRepository repository, StaffAccounts accounts) {
        super(repository);
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "reset-password";
    }

    @Override
    public String usage() {
        return "reset-password USERNAME      give a local account a new one-time password";
    }

    @Override
    void act(StaffAccount account, PrintStream out, PrintStream err) {
        out.println("One-time password for " + account.username() + ": " + accounts.resetPassword(account.id()));
        err.println("They must choose a new password when they next sign in.");
    }
}
