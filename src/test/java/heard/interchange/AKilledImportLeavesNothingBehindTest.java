package heard.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import is one transaction: a process killed while it is writing leaves nothing of the file in the
 * database. Runs the packaged jar ({@code ./mvnw verify} builds it before the database tests run).
 */
@Tag("database")
class AKilledImportLeavesNothingBehindTest {

    private static final Path JAR = Path.of("target", "heard.jar");

    @TempDir
    Path dir;

    @Test
    void killingTheImportProcessWhileItWritesLeavesNoRecordNoNameAndNoReference() throws Exception {
        assertThat(JAR).as("the packaged jar: run ./mvnw verify, which builds it first").exists();
        Path file = dir.resolve("large.csv");
        SampleCaseLog.of(11, 30_000, LocalDate.of(2015, 4, 1), LocalDate.of(2025, 3, 31)).writeCsv(file);
        CommandLine heard = CommandLine.emptyHeard(dir.resolve("heard"));
        heard.run("help");
        java.util.Map<String, Long> before = counts(heard);

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toString(), "import", file.toString(), "--create-missing"));
        command.addAll(heard.properties());
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> writing = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = err.readLine()) != null; ) {
                    if (line.matches("Written \\d+ of 30000 records")) {
                        return line;
                    }
                }
                return "the process ended without writing";
            } catch (java.io.IOException e) {
                return e.toString();
            }
        });
        String seen;
        try {
            seen = writing.get(5, TimeUnit.MINUTES);
        } finally {
            process.destroyForcibly();
            process.waitFor(1, TimeUnit.MINUTES);
        }

        assertThat(seen).startsWith("Written ").isNotEqualTo("Written 30000 of 30000 records");
        assertThat(counts(heard)).isEqualTo(before);
        assertThat(before).containsEntry("complaint", 0L).containsEntry("feedback", 0L)
                .containsEntry("record_reference", 0L);
        assertThat(Files.exists(file)).isTrue();
    }

    /** How many rows the tables an import writes to hold (issue categories start with Heard's own taxonomy). */
    private static java.util.Map<String, Long> counts(CommandLine heard) throws Exception {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        try (Connection db = heard.connect()) {
            for (String table : List.of("complaint", "complaint_stage", "complaint_timeline", "feedback",
                    "record_reference", "ombudsman_case", "service_area", "team", "issue_category")) {
                try (ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
