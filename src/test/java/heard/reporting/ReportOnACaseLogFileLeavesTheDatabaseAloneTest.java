package heard.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import heard.HeardApplication;
import heard.commandline.Command;
import heard.commandline.Commands;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar heard.jar report ... --input CASELOG}, run as the jar runs it: the figures of the file,
 * on an in-memory database of the run's own, with the configured database never opened.
 */
@Tag("database")
class ReportOnACaseLogFileLeavesTheDatabaseAloneTest {

    static final String LOG = """
            reference,record_type,procedure,received,channel,service_area,team,issues,stage1_response,stage1_outcome,stage2_requested,stage2_response,stage2_outcome,summary
            R-1,complaint,statutory,2022-12-16,telephone,Safeguarding,Safeguarding Team A,Communication,2023-01-04,upheld,,,,
            R-2,complaint,statutory,2022-12-16,email,Safeguarding,Safeguarding Team A,Communication,2023-01-05,not_upheld,2023-01-20,2023-02-28,partially_upheld,
            R-3,complaint,corporate,2022-06-01,letter,Children in Care,Fostering,,2022-06-10,partially_upheld,,,,
            R-4,compliment,,2022-07-01,,Children in Care,Fostering,,,,,,,Thank you
            """;

    @TempDir
    Path folder;

    record Run(int exit, String out, String err) {
    }

    Run report(String... args) {
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Commands.run(HeardApplication.class, args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(realOut);
            System.setErr(realErr);
        }
    }

    @Test
    void the_figures_of_the_file_are_printed_and_nothing_else() throws Exception {
        Path log = Files.writeString(folder.resolve("log.csv"), LOG);
        Path configured = folder.resolve("configured");

        Run run = report("report", "--from", "2022-04-01", "--to", "2023-03-31", "--input", log.toString(),
                "--heard.data-dir=" + configured);

        assertThat(run.exit()).as(run.err()).isEqualTo(Command.OK);
        JsonNode figures = JsonMapper.builder().build().readTree(run.out());
        assertThat(figures.at("/received/stage1").asLong()).isEqualTo(3);
        assertThat(figures.at("/received/stage2").asLong()).isEqualTo(1);
        assertThat(figures.at("/received/compliments").asLong()).isEqualTo(1);
        // R-1 answered on Wed 4 Jan 2023, the 10th working day after Fri 16 Dec; R-2 the day after; R-3 in time.
        assertThat(figures.at("/stages/1/timeliness/onTime").asLong()).isEqualTo(2);
        assertThat(figures.at("/stages/1/byTeam/1/team").asString()).isEqualTo("Safeguarding Team A");
        assertThat(configured).doesNotExist();
    }

    @Test
    void a_file_with_a_wrong_row_is_rejected_with_exit_code_1_and_its_problem_on_standard_error() throws Exception {
        Path log = Files.writeString(folder.resolve("bad.csv"), "reference,record_type,procedure,received\n"
                + "X-1,complaint,statutory,2022-02-30\n");

        Run run = report("report", "--from", "2022-04-01", "--to", "2023-03-31", "--input", log.toString(),
                "--heard.data-dir=" + folder.resolve("configured"));

        assertThat(run.exit()).isEqualTo(Command.REJECTED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("row 2, column received");
    }

    @Test
    void only_a_run_with_input_gets_a_database_of_its_own() {
        assertThat(new ReportInputDatabase().properties(List.of("--from", "2022-04-01", "--to", "2023-03-31"))).isEmpty();
        assertThat(new ReportInputDatabase().properties(List.of("--input", "log.csv")))
                .containsEntry(ReportInputDatabase.MARKER, "true")
                .hasEntrySatisfying("spring.datasource.url", url -> assertThat((String) url).startsWith("jdbc:h2:mem:"));
    }
}
