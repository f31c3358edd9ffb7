package heard.interchange;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import heard.HeardApplication;
import heard.commandline.Commands;
import heard.testing.TestDatabase;

/**
 * Runs {@code java -jar heard.jar COMMAND ...} in this JVM, against a Heard of its own: an H2 database in
 * a folder, or, when the tests run on PostgreSQL, a schema of its own there.
 */
public final class CommandLine {

    public record Run(int exitCode, String out, String err) {
    }

    private final List<String> database = new ArrayList<>();
    private final String url;

    private CommandLine(List<String> database, String url) {
        this.database.addAll(database);
        this.url = url;
    }

    /** An empty Heard. */
    public static CommandLine emptyHeard(Path dir) {
        if (!TestDatabase.isPostgres()) {
            return new CommandLine(List.of("--heard.data-dir=" + dir),
                    "jdbc:h2:file:" + dir + "/heard;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE");
        }
        String schema = "heard_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(TestDatabase.postgresUrl(), TestDatabase.postgresUser(), "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        String url = TestDatabase.postgresUrl() + "?currentSchema=" + schema;
        return new CommandLine(List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + TestDatabase.postgresUser(), "--spring.datasource.password="), url);
    }

    /** The properties that point Heard at this database, for a command run in a process of its own. */
    List<String> properties() {
        return List.copyOf(database);
    }

    /** Opens the database directly, to see what a command left in it. */
    Connection connect() throws SQLException {
        return TestDatabase.isPostgres() ? DriverManager.getConnection(url, TestDatabase.postgresUser(), "")
                : DriverManager.getConnection(url, "sa", "");
    }

    public Run run(String... words) {
        List<String> args = new ArrayList<>(List.of(words));
        args.addAll(database);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            int code = Commands.run(HeardApplication.class, args.toArray(String[]::new));
            return new Run(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
