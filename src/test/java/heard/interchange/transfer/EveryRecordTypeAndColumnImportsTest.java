package heard.interchange.transfer;

import static heard.interchange.CaseLogFiles.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import heard.interchange.CaseLogFiles;
import heard.interchange.caselog.Column;
import heard.interchange.sheet.CaseLogFormat;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class EveryRecordTypeAndColumnImportsTest {

    @Autowired
    CaseLogImporter importer;
    @Autowired
    CaseLogExporter exporter;
    @Autowired
    TestClock clock;
    @TempDir
    Path dir;

    @BeforeEach
    void today() {
        clock.setDate(LocalDate.of(2025, 6, 2));
    }

    /** Every column and record type, in ISO dates; the same rows as a council's spreadsheet might give them. */
    static List<Map<String, String>> everyKind(String prefix) {
        return List.of(
                row("reference=" + prefix + "-1", "record_type=complaint", "procedure=statutory", "received=2024-04-02",
                        "channel=email", "complainant_role=parent_relative", "service_area=Safeguarding",
                        "team=Safeguarding Team A", "issues=Communication;Delay",
                        "summary=Parent says, \"nobody called back\"\nfor weeks.", "child_sex=female",
                        "child_ethnicity=WBRI", "child_age=9", "advocacy=offered", "stage1_response=2024-04-22",
                        "stage1_extended=yes", "stage1_outcome=not_upheld", "stage2_requested=2024-05-01",
                        "stage2_started=2024-05-10", "stage2_extended=yes", "stage2_response=2024-07-30",
                        "stage2_outcome=partially_upheld", "stage3_requested=2024-08-12", "stage3_panel=2024-09-10",
                        "stage3_panel_report=2024-09-16", "stage3_response=2024-09-30", "stage3_outcome=upheld",
                        "ombudsman_referred=2024-11-04", "ombudsman_decision=upheld_fault_and_injustice",
                        "ombudsman_decided=2025-02-03", "remedies=apology;financial_remedy;service_change",
                        "remedy_payment=1300.00", "cost_investigating_officer=2450.50",
                        "cost_independent_person=1200.00", "cost_review_panel=3100.00", "cost_mediation=450.00"),
                row("reference=" + prefix + "-2", "record_type=complaint", "procedure=corporate", "received=2024-05-07",
                        "channel=telephone", "complainant_role=foster_carer", "service_area=Children in Care",
                        "team=Children in Care Team 1", "issues=Placement", "summary=Carer unhappy with a move.",
                        "child_sex=male", "child_ethnicity=Any other mixed background", "child_age=15",
                        "advocacy=used", "stage1_outcome=escalated_without_response", "stage2_requested=2024-06-10",
                        "stage2_outcome=withdrawn", "withdrawn=2024-06-20"),
                row("reference=" + prefix + "-3", "record_type=complaint", "procedure=non_qualifying",
                        "received=2024-05-08", "channel=letter", "complainant_role=solicitor",
                        "summary=Matter before the family court.", "child_ethnicity=Roma family"),
                row("reference=" + prefix + "-4", "record_type=representation", "received=2024-06-03",
                        "channel=in_person", "complainant_role=young_person", "service_area=Children in Care",
                        "team=Leaving Care Team", "issues=Leaving care support", "summary=Grant paid late.",
                        "child_age=19", "advocacy=not_offered", "responded=2024-06-05"),
                row("reference=" + prefix + "-5", "record_type=compliment", "received=2024-07-01", "channel=web_form",
                        "complainant_role=adopter", "service_area=Fostering and Adoption", "team=Adoption Team",
                        "summary=Thank you for everything.", "responded=2024-07-02"),
                row("reference=" + prefix + "-6", "record_type=comment", "received=2024-07-15", "channel=other",
                        "complainant_role=anonymous", "summary=More evening appointments, please.",
                        "procedure=corporate", "child_sex=not_known", "child_age=4", "advocacy=offered",
                        "withdrawn=2024-07-20", "remedies=other", "remedy_payment=25.00",
                        "cost_mediation=10.00", "ombudsman_referred=2024-08-01"),
                row("reference=" + prefix + "-7", "record_type=member_enquiry", "received=2024-08-01",
                        "channel=email", "complainant_role=elected_member", "service_area=Safeguarding",
                        "team=Assessment Team", "issues=Delay", "summary=Councillor asks about a delay.",
                        "responded=2024-08-09", "ombudsman_referred=2024-09-01",
                        "ombudsman_decision=premature_referred_back", "ombudsman_decided=2024-09-20"));
    }

    /** The same rows as a council's own spreadsheet: UK dates, pounds signs and commas, other spellings. */
    static List<Map<String, String>> asCouncilsWriteThem(List<Map<String, String>> rows) {
        List<Map<String, String>> written = new ArrayList<>();
        for (Map<String, String> row : rows) {
            Map<String, String> copy = new java.util.LinkedHashMap<>();
            row.forEach((column, value) -> {
                Column c = Column.named(column).orElseThrow();
                if (c.kind() == Column.Kind.DATE) {
                    LocalDate date = LocalDate.parse(value);
                    value = String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
                } else if (c.kind() == Column.Kind.MONEY) {
                    value = "£" + String.format("%,.2f", new java.math.BigDecimal(value));
                } else if (c == Column.RECORD_TYPE || c == Column.PROCEDURE) {
                    value = " " + value.toUpperCase() + " ";
                }
                copy.put(column, value);
            });
            written.add(copy);
        }
        return written;
    }

    private Map<String, Map<String, String>> exported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(null, null, CaseLogFormat.CSV, out);
        return CaseLogFiles.read(out.toByteArray());
    }

    private ImportOutcome importFile(Path file, CaseLogFormat format) {
        return importer.importFile(new Upload(file.getFileName().toString(), format, file),
                new ImportOptions(false, true, false), null, "clare", c -> { }, Progress.NONE);
    }

    @Test
    void aCsvInIsoDatesComesBackOutAsItWent() throws Exception {
        List<Map<String, String>> rows = everyKind("ISO");
        ImportOutcome outcome = importFile(CaseLogFiles.csv(dir, "iso.csv", rows), CaseLogFormat.CSV);

        assertThat(outcome.check().problems()).isEmpty();
        assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        assertThat(outcome.written().added()).isEqualTo(7);
        Map<String, Map<String, String>> exported = exported();
        for (Map<String, String> row : rows) {
            Map<String, String> expected = new java.util.LinkedHashMap<>(row);
            // Words that are a census category's name come back as its code.
            expected.computeIfPresent("child_ethnicity", (k, v) -> v.equals("Any other mixed background") ? "MOTH" : v);
            assertThat(exported.get(row.get("reference"))).containsExactlyInAnyOrderEntriesOf(expected);
        }
    }

    @Test
    void aCsvInUkDatesAndPoundsIsTheSameRecords() throws Exception {
        importFile(CaseLogFiles.csv(dir, "iso.csv", everyKind("A")), CaseLogFormat.CSV);
        ImportOutcome outcome = importFile(CaseLogFiles.csv(dir, "uk.csv", asCouncilsWriteThem(everyKind("B"))),
                CaseLogFormat.CSV);

        assertThat(outcome.check().problems()).isEmpty();
        assertThat(outcome.check().hasUnknownNames()).isFalse();
        assertSameExceptReference(exported(), "A", "B");
    }

    @Test
    void aWorkbookWithDateCellsAndTextDatesIsTheSameRecords() throws Exception {
        importFile(CaseLogFiles.csv(dir, "iso.csv", everyKind("C")), CaseLogFormat.CSV);
        List<Map<String, String>> rows = new ArrayList<>(everyKind("D").subList(0, 4));
        rows.addAll(asCouncilsWriteThem(everyKind("D").subList(4, 7)));
        ImportOutcome outcome = importFile(CaseLogFiles.xlsx(dir, "log.xlsx", rows), CaseLogFormat.XLSX);

        assertThat(outcome.check().problems()).isEmpty();
        assertThat(outcome.written().added()).isEqualTo(7);
        assertSameExceptReference(exported(), "C", "D");
    }

    private static void assertSameExceptReference(Map<String, Map<String, String>> exported, String one, String other) {
        for (int i = 1; i <= 7; i++) {
            Map<String, String> a = new java.util.HashMap<>(exported.get(one + "-" + i));
            Map<String, String> b = new java.util.HashMap<>(exported.get(other + "-" + i));
            a.remove("reference");
            b.remove("reference");
            assertThat(b).as("record %d", i).isEqualTo(a);
        }
    }
}
