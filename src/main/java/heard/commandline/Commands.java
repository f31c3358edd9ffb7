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
import org.springframework.core.env.StandardEnvironment;
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
    private static final String VERBOSE = "--verbose";

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
        boolean verbose = words.contains(VERBOSE);
        List<String> commandArgs = words.stream().filter(w -> !isSpringProperty(w) && !w.equals(VERBOSE)).toList();
        Map<String, Object> ownProperties = new LinkedHashMap<>(quiet(verbose));
        ownProperties.putAll(propertiesFor(name, commandArgs, application.getClassLoader()));
        MapPropertySource own = new MapPropertySource("commandProperties", ownProperties);
        // In the environment from the start, so that logging is set up quiet; first again once the command line's
        // own source is added, so that these properties win over it too.
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(own);
        System.setOut(err);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .environment(environment)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(verbose)
                .properties("heard.command=" + name)
                .initializers(ctx -> ctx.getEnvironment().getPropertySources().addFirst(own))
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

    /**
     * A command prints its result and real problems, nothing else: the libraries' start-up news (Flyway's "outOfOrder
     * mode is active", the connection pool starting) is logged only with {@code --verbose}, errors always. Beans are
     * made when the command first needs them: a command uses a small part of Heard, and starting the rest would be
     * most of its time.
     */
    static Map<String, Object> quiet(boolean verbose) {
        return Map.of("logging.level.root", verbose ? "info" : "error",
                "spring.main.lazy-initialization", "true");
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
        StringBuilder text = new StringBuilder("Usage: java -jar heard.jar [COMMAND] [--heard.data-dir=DIR] [--verbose]\n")
                .append("With no command, Heard starts the web application. A command prints its result and any problem;\n")
                .append("--verbose prints what Heard does on the way too.\nCommands:\n");
        text.append("  help\n");
        sorted.forEach(c -> text.append("  ").append(c.usage()).append('\n'));
        return text.toString();
    }

    private static boolean isSpringProperty(String word) {
        return word.startsWith(PROPERTY_PREFIX_SPRING) || word.startsWith(PROPERTY_PREFIX_HEARD);
    }
}
