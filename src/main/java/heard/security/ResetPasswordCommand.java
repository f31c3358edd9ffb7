package heard.security;

import java.io.PrintStream;
import java.util.List;

import heard.commandline.Command;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar heard.jar reset-password USERNAME}: gives a local account a new one-time
 * password, for when the only administrator has forgotten theirs. Whoever can run the jar
 * against the database can do this anyway; the change is in the audit trail.
 */
@Component
class ResetPasswordCommand implements Command {

    private final StaffAccountRepository repository;
    private final StaffAccounts accounts;

    ResetPasswordCommand(StaffAccountRepository repository, StaffAccounts accounts) {
        this.repository = repository;
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
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.size() != 1) {
            err.println("Usage: java -jar heard.jar " + usage());
            return USAGE;
        }
        return repository.findByUsername(arguments.get(0))
                .map(account -> {
                    out.println("One-time password for " + account.username() + ": " + accounts.resetPassword(account.id()));
                    err.println("They must choose a new password when they next sign in.");
                    return OK;
                })
                .orElseGet(() -> {
                    err.println("There is no account with the username " + arguments.get(0) + ".");
                    return REJECTED;
                });
    }
}
