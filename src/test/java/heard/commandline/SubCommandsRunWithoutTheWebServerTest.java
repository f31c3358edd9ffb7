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
