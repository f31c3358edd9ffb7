package heard.commandline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import heard.HeardApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code java -jar heard.jar COMMAND}: dispatch, exit codes, and nothing but the result on standard output. */
@Tag("database")
class SubCommandsRunWithoutTheWebServerTest {

    private final String database = "--spring.datasource.url=jdbc:h2:mem:cli-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void helpListsTheCommandsOnStandardOutputAndNothingElse() {
        Run run = run("help", database);

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Usage: java -jar heard.jar").contains("reset-password USERNAME");
        assertThat(run.out()).doesNotContain("Started").doesNotContain("Flyway").doesNotContain("INFO");
    }

    @Test
    void aCommandPrintsNoLibrarysNewsOnStandardErrorUnlessAskedToBeVerbose() {
        Run quiet = run("reset-password", "nobody", database);
        assertThat(quiet.err().strip()).isEqualTo("There is no account with the username nobody.");

        Run verbose = run("reset-password", "nobody", "--verbose", database);
        assertThat(verbose.code()).isEqualTo(Command.REJECTED);
        assertThat(verbose.err()).contains("Flyway", "INFO", "There is no account with the username nobody.");
        assertThat(verbose.out()).isEmpty();
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Run run = run("frobnicate", database);

        assertThat(run.code()).isEqualTo(Command.USAGE);
        assertThat(run.err()).contains("Unknown command: frobnicate");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void resetPasswordNeedsAnAccountThatExists() {
        assertThat(run("reset-password", database).code()).isEqualTo(Command.USAGE);
        Run unknown = run("reset-password", "nobody", database);
        assertThat(unknown.code()).isEqualTo(Command.REJECTED);
        assertThat(unknown.err()).contains("There is no account with the username nobody.");
    }

    @Test
    void resetSecondFactorTakesAwayAnAccountsAuthenticatorAppAndAuditsIt() throws Exception {
        String url = database.substring("--spring.datasource.url=".length());
        assertThat(run("reset-second-factor", "nobody", database).code()).as("migrates the database").isEqualTo(Command.REJECTED);
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, "sa", "");
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO staff_account (username, display_name, password_hash, created_at, totp_secret,"
                    + " totp_set_up_at) VALUES ('ada', 'Ada', '{noop}x', CURRENT_TIMESTAMP, 'JBSWY3DPEHPK3PXP', CURRENT_TIMESTAMP)");
        }

        Run reset = run("reset-second-factor", "ada", database);

        assertThat(reset.code()).isZero();
        assertThat(reset.err()).contains("The second factor of ada is reset");
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, "sa", "");
             java.sql.Statement statement = connection.createStatement()) {
            var held = statement.executeQuery("SELECT totp_secret FROM staff_account WHERE username = 'ada'");
            held.next();
            assertThat(held.getString(1)).isNull();
            var audited = statement.executeQuery("SELECT actor, action FROM audit_event WHERE action = 'second factor reset'");
            assertThat(audited.next()).isTrue();
            assertThat(audited.getString(1)).startsWith("command line (");
        }
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Commands.run(HeardApplication.class, args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(realOut);
            System.setErr(realErr);
        }
    }
}
