package heard.interchange.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import heard.interchange.SampleCaseLog;
import heard.testing.DatabaseTest;
import heard.testing.TestDatabase;
import heard.web.SpreadsheetFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A council's first import fills tables PostgreSQL's planner last saw empty; planned for empty tables, the
 * dashboard over 100,000 imported cases took 12.7 s instead of 0.15 s. The import refreshes the statistics itself
 * rather than waiting for autovacuum (which may be off).
 */
// Three thousand records of ten years would be counted by other tests sharing a context: a database of its own.
@DatabaseTest(properties = "heard.test.scenario=large-import")
@DirtiesContext
class ALargeImportLeavesThePlannerKnowingWhatItWroteTest {

    @Autowired
    CaseLogImporter importer;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    @Test
    void afterImportingThreeThousandRecordsThePlannerCountsTheCasesTheirStagesAndTheFeedback() throws Exception {
        Assumptions.assumeTrue(TestDatabase.isPostgres(),
                "SKIPPED on H2: its planner statistics are PostgreSQL's autovacuum's to miss (H2 counts for itself)");
        Path file = dir.resolve("ten-years.csv");
        SampleCaseLog.of(5, 3_000, LocalDate.of(2015, 4, 1), LocalDate.of(2025, 3, 31)).writeCsv(file);

        ImportOutcome outcome = importer.importFile(new Upload("ten-years.csv", SpreadsheetFormat.CSV, file),
                new ImportOptions(false, true, false), null, "clare", check -> { }, Progress.NONE);

        assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        assertThat(outcome.written().added()).isGreaterThanOrEqualTo(PlannerStatistics.LARGE_IMPORT);
        for (String table : new String[] {"complaint", "complaint_stage", "feedback"}) {
            long held = jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
            double planned = jdbc.sql("SELECT reltuples FROM pg_class WHERE oid = CAST(:table AS regclass)")
                    .param("table", table).query(Double.class).single();
            assertThat(planned).as("the planner's count of %s (%d held)", table, held).isBetween(held * 0.9, held * 1.1);
        }
    }
}
