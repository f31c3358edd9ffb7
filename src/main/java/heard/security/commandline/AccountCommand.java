package heard.security.commandline;

import java.io.PrintStream;
import java.util.List;

import heard.commandline.Command;
import heard.security.accounts.StaffAccount;
import heard.security.persistence.StaffAccountRepository;

/**
 * {@code java -jar heard.jar COMMAND USERNAME}: a command that acts on one account, for when no
 * administrator can sign in to do it. Whoever can run the jar against the database can do this
 * anyway; each change is in the audit trail.
 */
abstract class AccountCommand implements Command {

    private final StaffAccountRepository repository;

    AccountCommand(StaffAccountRepository repository) {
        this.repository = repository;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.size() != 1) {
            err.println("Usage: java -jar heard.jar " + usage());
            return USAGE;
        }
        return repository.findByUsername(arguments.get(0))
                .map(account -> {
                    act(account, out, err);
                    return OK;
                })
                .orElseGet(() -> {
                    err.println("There is no account with the username " + arguments.get(0) + ".");
                    return REJECTED;
                });
    }

    abstract void act(StaffAccount account, PrintStream out, PrintStream err);
}
