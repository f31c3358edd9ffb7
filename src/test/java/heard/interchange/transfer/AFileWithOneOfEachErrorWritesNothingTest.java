package heard.interchange.transfer;

import static heard.interchange.CaseLogFiles.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import heard.interchange.CaseLogFiles;
import heard.interchange.SampleCaseLog;
import heard.interchange.sheet.CaseLogFormat;
import heard.organisation.OrganisationSettings;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class AFileWithOneOfEachErrorWritesNothingTest {

    @Autowired
    CaseLogImporter importer;
    @Autowired
    InterchangeMessages messages;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    heard.casework.References references;
    @Autowired
    TestClock clock;
    @TempDir
    Path dir;

    @Test
    void everyProblemIsReportedWithItsRowAndColumnAndNothingIsWritten() throws Exception {
        clock.setDate(LocalDate.of(2025, 6, 2));
        organisation.addTeam(organisation.addServiceArea("Errors Safeguarding").id(), "Errors Assessment Team",
                LocalDate.of(2020, 1, 1));
        organisation.addServiceArea("Errors Early Help");
        Path held = CaseLogFiles.csv(dir, "held.csv", List.of(row("reference=HELD-1", "record_type=complaint",
                "procedure=statutory", "received=2025-01-06")));
        assertThat(importer.importFile(upload(held), new ImportOptions(false, false, false), null, "clare", c -> { },
                Progress.NONE).result()).isEqualTo(ImportOutcome.Result.IMPORTED);

        List<String> header = new ArrayList<>(SampleCaseLog.header());
        header.add("colour");
        String c = "record_type=complaint";
        String s = "procedure=statutory";
        List<Map<String, String>> rows = List.of(
                row("reference=E-2", c, s, "received=31/02/2024"),
                row("reference=E-3", c, s, "received=2024.03.01"),
                row("reference=E-4", c, s, "received=2025-06-03"),
                row("reference=E-5", "record_type=complaints", s, "received=2025-01-06"),
                row("reference=E-6", c, "received=2025-01-06"),
                row("reference=E-2", "record_type=compliment", "received=2025-01-06"),
                row("reference=HELD-1", "record_type=compliment", "received=2025-01-06"),
                row("reference=E-9", c, s, "received=2025-01-06", "stage1_response=2025-01-03"),
                row("reference=E-10", c, s, "received=2025-01-06", "stage2_response=2025-03-03"),
                row("reference=E-11", c, s, "received=2025-01-06", "stage3_requested=2025-03-03"),
                row("reference=E-12", c, s, "received=2025-01-06", "stage1_outcome=escalated_without_response"),
                row("reference=E-13", "record_type=compliment", "received=2025-01-06", "stage1_outcome=upheld"),
                row("reference=E-14", c, s, "received=2025-01-06", "remedy_payment=12.345",
                        "cost_review_panel=-5", "cost_mediation=lots"),
                row("reference=E-15", c, s, "received=2025-01-06", "child_age=30"),
                row("reference=E-16", c, s, "received=2025-01-06", "service_area=Errors Early Help", "team=Errors Assessment Team"),
                row(c, s, "received=2025-01-06"),
                row("reference=E-18", c, s, "received=2025-01-06", "stage2_requested=2025-02-03",
                        "stage2_extended=maybe"),
                row("reference=E-19", c, s, "received=2025-01-06", "responded=2025-01-10"),
                row("reference=E-20", "record_type=comment", "received=2025-01-06",
                        "ombudsman_decision=withdrawn"),
                row("reference=E-21", c, s, "received=2025-01-06", "remedies=apology;hug"),
                row("reference=E-22", "record_type=member_enquiry", "received=2025-01-06", "team=New Team"),
                row("reference=E-23", c, s, "received=2025-01-06", "stage3_requested=2025-03-03",
                        "stage2_requested=2025-02-03", "stage3_outcome=escalated_without_response"));
        Path file = CaseLogFiles.csv(dir, "errors.csv", header, rows);

        ImportOutcome outcome = importer.importFile(upload(file), new ImportOptions(false, true, false), null, "clare",
                check -> { throw new AssertionError("Nothing may be written"); }, Progress.NONE);

        assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.REJECTED);
        List<String> lines = outcome.check().problems().stream().map(messages::line).toList();
        assertThat(lines).containsExactly(
                "row 1, column colour: there is no such column in the case log. Rename it, remove it, or choose to ignore unknown columns.",
                "row 2, column received: '31/02/2024' is not a real date",
                "row 3, column received: '2024.03.01' is not a date: use yyyy-mm-dd (2024-12-20) or dd/mm/yyyy (20/12/2024)",
                "row 4, column received: 3 June 2025 is after today (2 June 2025): a case log records what has happened",
                "row 5, column record_type: 'complaints' is not one of the values allowed: complaint, representation, compliment, comment, member_enquiry",
                "row 6, column procedure: enter the procedure: every complaint is statutory, corporate or non_qualifying",
                "row 7, column reference: the reference E-2 is also on row 2: each record needs a reference of its own",
                "row 8, column record_type: Heard holds HELD-1 as a complaint; an import cannot make it a compliment",
                "row 9, column stage1_response: it must not be before received (6 January 2025)",
                "row 10, column stage2_response: Stage 2 was not requested: enter stage2_requested too, or leave this blank",
                "row 11, column stage3_requested: Stage 3 needs Stage 2: enter stage2_requested too",
                "row 12, column stage1_outcome: escalated_without_response needs Stage 2 requested: enter stage2_requested",
                "row 13, column stage1_outcome: a compliment has no stages: only complaints do. Leave this blank.",
                "row 14, column remedy_payment: '12.345' has more than two decimal places: give pounds and pence",
                "row 14, column cost_review_panel: '-5' is below zero: amounts cannot be negative",
                "row 14, column cost_mediation: 'lots' is not an amount of money in pounds, such as 1300.00 or £1,300.00",
                "row 15, column child_age: a child's age must be 25 or under",
                "row 16, column team: the team Errors Assessment Team belongs to Errors Safeguarding, not Errors Early Help",
                "row 17, column reference: enter a value: every record needs one",
                "row 18, column stage2_extended: 'maybe' must be yes, no or blank",
                "row 19, column responded: a complaint's responses go in its stage columns (stage1_response...); responded is for other records",
                "row 20, column ombudsman_decided: enter the date of the Ombudsman's decision",
                "row 21, column remedies: 'hug' is not one of the values allowed: apology, reimbursement, financial_remedy, records_amended, service_change, other",
                "row 22, column team: Heard has no team called New Team: enter its service area so that Heard can create it",
                "row 23, column stage3_outcome: there is no stage after Stage 3 to escalate to");
        assertThat(outcome.check().rows()).isEqualTo(22);
        assertThat(references.taken(List.of("E-2", "E-9", "E-13", "E-22", "E-23"))).isEmpty();
    }

    @Test
    void fiftyThousandRowsWithProblemsAreAllReportedInSeconds() throws Exception {
        clock.setDate(LocalDate.of(2025, 6, 2));
        Path file = dir.resolve("fifty-thousand.csv");
        try (var out = java.nio.file.Files.newBufferedWriter(file)) {
            out.write("reference,record_type,procedure,received,stage1_outcome\n");
            for (int i = 0; i < 50_000; i++) {
                out.write("BIG-" + i + ",complaint,statutory,2025-13-01,escalated_without_response\n");
            }
        }

        long started = System.nanoTime();
        CaseLogCheck check = importer.check(upload(file), new ImportOptions(false, false, false), Progress.NONE);
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(check.problems()).hasSize(100_000);
        assertThat(messages.line(check.problems().get(99_999)))
                .isEqualTo("row 50001, column stage1_outcome: escalated_without_response needs Stage 2 requested: enter stage2_requested");
        assertThat(seconds).as("seconds to check").isLessThan(30);
    }

    private static Upload upload(Path file) {
        return new Upload(file.getFileName().toString(), CaseLogFormat.CSV, file);
    }
}
