package heard.commandline;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Dispatches {@code java -jar heard.jar COMMAND ...} to the {@link Command} bean of that name.
 *
 * <p>While a command runs, {@code System.out} is pointed at standard error so that nothing but
 * the command's own result (for example the JSON of {@code report}) reaches standard output:
 * Spring's start-up logging and any library chatter go to standard error. The audit trail
 * names the operating-system user who ran the command.
 *
 * <p>A command can set Spring properties for its own run from its arguments, before the context starts,
 * through {@link CommandProperties} (for example a database of its own).
 */
public final class Commands {

    private static final String PROPERTY_PREFIX_SPRING = "--spring.";
    private static final String PROPERTY_PREFIX_HEARD = "--heard.";

    private Commands() {
    }

    /** True when the first argument is a word rather than an option: a sub-command. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public static int run(Class<?> application, String[] args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        String name = args[0];
        List<String> words = Arrays.asList(args).subList(1, args.length);
        List<String> springArgs = words.stream().filter(Commands::isSpringProperty).toList();
        List<String> commandArgs = words.stream().filter(w -> !isSpringProperty(w)).toList();
        Map<String, Object> ownProperties = propertiesFor(name, commandArgs, application.getClassLoader());
        System.setOut(err);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("heard.command=" + name, "logging.level.root=warn")
                .initializers(ctx -> ctx.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("commandProperties", ownProperties)))
                .run(springArgs.toArray(String[]::new))) {
            Map<String, Command> commands = context.getBeansOfType(Command.class).values().stream()
                    .collect(Collectors.toMap(Command::name, c -> c));
            if ("help".equals(name)) {
                out.print(usage(commands));
                return Command.OK;
            }
            Command command = commands.get(name);
            if (command == null) {
                err.println("Unknown command: " + name);
                err.print(usage(commands));
                return Command.USAGE;
            }
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "command line (" + System.getProperty("user.name") + ")", null, List.of()));
            return command.run(commandArgs, out, err);
        } finally {
            SecurityContextHolder.clearContext();
            System.setOut(out);
        }
    }

    /** What the modules' {@link CommandProperties} give this run of the command (spring.factories). */
    static Map<String, Object> propertiesFor(String name, List<String> arguments, ClassLoader classLoader) {
        Map<String, Object> properties = new LinkedHashMap<>();
        SpringFactoriesLoader.forDefaultResourceLocation(classLoader).load(CommandProperties.class).stream()
                .filter(contributor -> contributor.command().equals(name))
                .forEach(contributor -> properties.putAll(contributor.properties(arguments)));
        return properties;
    }

    static String usage(Map<String, Command> commands) {
        List<Command> sorted = new ArrayList<>(commands.values());
        sorted.sort(Comparator.comparing(Command::name));
        StringBuilder text = new StringBuilder("Usage: java -jar heard.jar [COMMAND] [--heard.data-dir=DIR]\n")
                .append("With no command, Heard starts the web application.\nCommands:\n");
        text.append("  help\n");
        sorted.forEach(c -> text.append("  ").append(c.usage()).append('\n'));
        return text.toString();
    }

    private static boolean isSpringProperty(String word) {
        return word.startsWith(PROPERTY_PREFIX_SPRING) || word.startsWith(PROPERTY_PREFIX_HEARD);
    }
}
