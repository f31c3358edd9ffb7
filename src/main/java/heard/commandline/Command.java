package heard.commandline;

import java.io.PrintStream;
import java.util.List;

/**
 * A sub-command of the Heard jar ({@code java -jar heard.jar NAME ARGS...}).
 *
 * <p>Modules contribute commands as Spring beans. A command runs in an application context
 * without a web server, against the database configured as for the web application, and
 * returns the process exit code: {@link #OK}, {@link #REJECTED} (the input was refused) or
 * {@link #USAGE} (the command line itself was wrong).
 */
public interface Command {

    int OK = 0;
    int REJECTED = 1;
    int USAGE = 2;

    /** The word that selects this command, e.g. {@code import}. */
    String name();

    /** One line of usage for {@code help}, e.g. {@code import FILE [--update]}. */
    String usage();

    /**
     * Runs the command.
     *
     * @param arguments the words after the command name, Spring properties ({@code --spring.*},
     *                  {@code --heard.*}) removed
     * @param out       the process's standard output, reserved for the command's result
     * @param err       where messages for the person go
     */
    int run(List<String> arguments, PrintStream out, PrintStream err);
}
