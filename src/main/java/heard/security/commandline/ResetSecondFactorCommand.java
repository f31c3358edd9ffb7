package heard.security.commandline;

import java.io.PrintStream;

import heard.security.accounts.StaffAccount;
import heard.security.persistence.StaffAccountRepository;
import heard.security.secondfactor.SecondFactors;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar heard.jar reset-second-factor USERNAME}: takes away an account's second factor, for
 * when the only administrator has lost their phone and their recovery codes.
 */
@Component
class ResetSecondFactorCommand extends AccountCommand {

    private final SecondFactors secondFactors;

    ResetSecondFactorCommand(StaffAccountRepository repository, SecondFactors secondFactors) {
        super(repository);
        this.secondFactors = secondFactors;
    }

    @Override
    public String name() {
        return "reset-second-factor";
    }

    @Override
    public String usage() {
        return "reset-second-factor USERNAME take away an account's second factor (a lost phone)";
    }

    @Override
    void act(StaffAccount account, PrintStream out, PrintStream err) {
        secondFactors.reset(account.id());
        err.println("The second factor of " + account.username() + " is reset. If their role needs one, they set up a new one"
                + " when they next sign in.");
    }
}
