package heard.interchange.transfer;

import static heard.interchange.CaseLogFiles.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import heard.interchange.CaseLogFiles;
import heard.interchange.CommandLine;
import heard.interchange.SampleCaseLog;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar heard.jar import} and {@code export}, as a person runs them, with their exit codes. */
@Tag("database")
class CommandLineImportAndExportTest {

    @TempDir
    Path dir;

    private List<Map<String, String>> log(String outcome) {
        return List.of(
                row("reference=CLI-1", "record_type=complaint", "procedure=statutory", "received=2024-01-08",
                        "service_area=Safeguarding", "team=Assessment Team", "stage1_response=2024-01-19",
                        "stage1_outcome=" + outcome),
                row("reference=CLI-2", "record_type=member_enquiry", "received=2024-01-09", "responded=2024-01-12"));
    }

    @Test
    void exitCodesSayWhetherTheFileWasImportedRejectedOrTheCommandWasWrong() throws Exception {
        CommandLine heard = CommandLine.emptyHeard(dir.resolve("heard"));
        Path good = CaseLogFiles.csv(dir, "good.csv", log("not_upheld"));
        Path bad = CaseLogFiles.csv(dir, "bad.csv", List.of(row("reference=CLI-9", "record_type=complaint",
                "received=2024-02-30")));

        assertThat(heard.run("import").exitCode()).isEqualTo(2);
        assertThat(heard.run("import", dir.resolve("log.txt").toString()).exitCode()).isEqualTo(2);
        assertThat(heard.run("import", good.toString(), "--everything").exitCode()).isEqualTo(2);
        assertThat(heard.run("export", dir.resolve("out.csv").toString(), "--from", "someday").exitCode()).isEqualTo(2);

        CommandLine.Run rejected = heard.run("import", bad.toString());
        assertThat(rejected.exitCode()).isEqualTo(1);
        assertThat(rejected.out().lines().toList()).containsExactly(
                "row 2, column procedure: enter the procedure: every complaint is statutory, corporate or non_qualifying",
                "row 2, column received: '2024-02-30' is not a real date");

        CommandLine.Run namesNotAgreed = heard.run("import", good.toString());
        assertThat(namesNotAgreed.exitCode()).isEqualTo(1);
        assertThat(namesNotAgreed.out().lines().toList()).containsExactly("service area not in Heard: Safeguarding",
                "team not in Heard: Assessment Team (in Safeguarding)");

        CommandLine.Run imported = heard.run("import", good.toString(), "--create-missing");
        assertThat(imported.exitCode()).isEqualTo(0);
        assertThat(imported.out()).contains("Imported good.csv: 2 records added, 0 updated");

        CommandLine.Run again = heard.run("import", good.toString());
        assertThat(again.exitCode()).isEqualTo(0);
        assertThat(again.out()).contains("Nothing to import: all 2 records in the file are already in Heard, unchanged.");

        Path changed = CaseLogFiles.csv(dir, "changed.csv", log("upheld"));
        CommandLine.Run updated = heard.run("import", changed.toString(), "--update");
        assertThat(updated.exitCode()).isEqualTo(0);
        assertThat(updated.out().lines().toList()).containsExactly("CLI-1, stage1_outcome: not_upheld \u2192 upheld",
                "Imported changed.csv: 0 records added, 1 updated, 1 already held and skipped, 0 names created.");

        CommandLine.Run sample = heard.run("import", "--sample");
        assertThat(sample.exitCode()).isEqualTo(1);
        assertThat(sample.err()).contains("Heard already holds records",
                "java -jar heard.jar import --sample --heard.data-dir=heard-demo");
    }

    @Test
    void exportThenImportIntoAnEmptyHeardThenExportGivesTheSameRows() throws Exception {
        CommandLine first = CommandLine.emptyHeard(dir.resolve("first"));
        assertThat(first.run("import", "--sample").exitCode()).isEqualTo(0);
        Path exported = dir.resolve("exported.csv");
        Path workbook = dir.resolve("exported.xlsx");
        assertThat(first.run("export", exported.toString()).exitCode()).isEqualTo(0);
        assertThat(first.run("export", workbook.toString()).exitCode()).isEqualTo(0);

        CommandLine second = CommandLine.emptyHeard(dir.resolve("second"));
        assertThat(second.run("import", exported.toString(), "--create-missing").exitCode()).isEqualTo(0);
        Path again = dir.resolve("again.csv");
        second.run("export", again.toString());
        CommandLine third = CommandLine.emptyHeard(dir.resolve("third"));
        assertThat(third.run("import", workbook.toString(), "--create-missing").exitCode()).isEqualTo(0);
        Path fromWorkbook = dir.resolve("from-workbook.csv");
        third.run("export", fromWorkbook.toString());

        // The command line's Heard runs on the real clock: the sample it loaded is today's.
        Map<String, Map<String, String>> sample = CaseLogFiles.read(
                new SampleData(Clock.system(ZoneId.of("Europe/London"))).csv());
        assertThat(CaseLogFiles.read(exported)).isEqualTo(sample);
        assertThat(CaseLogFiles.read(again)).isEqualTo(CaseLogFiles.read(exported));
        assertThat(CaseLogFiles.read(fromWorkbook)).isEqualTo(CaseLogFiles.read(exported));
        assertThat(Files.readString(again)).startsWith("\uFEFF" + String.join(",", SampleCaseLog.header()));
    }
}
