package heard.commandline;

import java.util.List;
import java.util.Map;

/**
 * Spring properties a command needs for one run, worked out from its arguments before the application
 * context starts: a command that must not touch the configured database can give itself one of its own
 * (the {@code report} command with {@code --input} runs on an in-memory database, discarded at exit).
 *
 * <p>Modules register implementations in {@code META-INF/spring.factories} under this interface's name
 * (they cannot be beans: there is no context yet). The properties take precedence over every other source,
 * {@code application.yml} and the command line included, for that run only.
 */
public interface CommandProperties {

    /** The command these properties are for, e.g. {@code report}. */
    String command();

    /**
     * @param arguments the command's words, as {@link Command#run} will receive them
     * @return the properties for this run; empty for none
     */
    Map<String, Object> properties(List<String> arguments);
}
