package heard.interchange.transfer;

import static heard.interchange.CaseLogFiles.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.CaseReference;
import heard.casework.Casework;
import heard.casework.TimelineEntry;
import heard.interchange.CaseLogFiles;
import heard.interchange.sheet.CaseLogFormat;
import heard.organisation.Organisation;
import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.testing.DatabaseTest;
import heard.testing.SignedIn;
import heard.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class ReimportAndUpdateTest {

    @Autowired
    CaseLogImporter importer;
    @Autowired
    CaseLogExporter exporter;
    @Autowired
    Casework casework;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    Organisation organisation;
    @Autowired
    AuditTrail audit;
    @Autowired
    TestClock clock;
    @TempDir
    Path dir;

    String prefix;

    @BeforeEach
    void today() {
        clock.setDate(LocalDate.of(2025, 6, 2));
        prefix = "R" + System.nanoTime() % 100000;
    }

    private List<Map<String, String>> log(String stage1Outcome, String compliment) {
        return List.of(
                row("reference=" + prefix + "-1", "record_type=complaint", "procedure=statutory", "received=2025-01-06",
                        "service_area=Safeguarding", "team=Safeguarding Team A", "issues=Delay",
                        "stage1_response=2025-01-17", "stage1_outcome=" + stage1Outcome),
                row("reference=" + prefix + "-2", "record_type=compliment", "received=2025-01-07", "summary=" + compliment),
                row("reference=" + prefix + "-3", "record_type=representation", "received=2025-01-08",
                        "responded=2025-01-09", "ombudsman_referred=2025-03-03"));
    }

    private ImportOutcome importFile(Path file, boolean update, List<CaseLogCheck> shown) {
        return importer.importFile(new Upload("council-log.csv", CaseLogFormat.CSV, file),
                new ImportOptions(update, true, false), null, "clare", shown::add, Progress.NONE);
    }

    private byte[] export() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(null, null, CaseLogFormat.CSV, out);
        return out.toByteArray();
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndSaysSo() throws Exception {
        Path file = CaseLogFiles.csv(dir, "log.csv", log("not_upheld", "Thank you."));
        assertThat(importFile(file, false, new ArrayList<>()).written().added()).isEqualTo(3);
        byte[] before = export();

        ImportOutcome again = importFile(file, false, new ArrayList<>());
        ImportOutcome againWithUpdate = importFile(file, true, new ArrayList<>());

        assertThat(again.result()).isEqualTo(ImportOutcome.Result.NOTHING_TO_DO);
        assertThat(again.check().unchanged()).isEqualTo(3);
        assertThat(againWithUpdate.result()).isEqualTo(ImportOutcome.Result.NOTHING_TO_DO);
        assertThat(export()).isEqualTo(before);
    }

    @Test
    void heldRecordsThatDifferAreSkippedUnlessToldToUpdate() throws Exception {
        importFile(CaseLogFiles.csv(dir, "log.csv", log("not_upheld", "Thank you.")), false, new ArrayList<>());
        Path changed = CaseLogFiles.csv(dir, "changed.csv", log("upheld", "Thank you so much."));

        ImportOutcome skipped = importFile(changed, false, new ArrayList<>());

        assertThat(skipped.result()).isEqualTo(ImportOutcome.Result.NOTHING_TO_DO);
        assertThat(skipped.check().changed()).isEqualTo(2);
        assertThat(CaseLogFiles.read(export()).get(prefix + "-1")).containsEntry("stage1_outcome", "not_upheld");
    }

    @Test
    void anUpdateListsEachChangeBeforeMakingIt() throws Exception {
        importFile(CaseLogFiles.csv(dir, "log.csv", log("not_upheld", "Thank you.")), false, new ArrayList<>());
        List<CaseLogCheck> shown = new ArrayList<>();

        ImportOutcome updated = importFile(CaseLogFiles.csv(dir, "changed.csv", log("upheld", "Thank you so much.")),
                true, shown);

        assertThat(updated.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        assertThat(updated.written().updated()).isEqualTo(2);
        assertThat(updated.written().skipped()).isEqualTo(1);
        assertThat(shown).singleElement().satisfies(check -> assertThat(check.changes()).containsExactly(
                new CaseLogCheck.Change(prefix + "-1", "stage1_outcome", "not_upheld", "upheld"),
                new CaseLogCheck.Change(prefix + "-2", "summary", "Thank you.", "Thank you so much.")));
        Map<String, Map<String, String>> rows = CaseLogFiles.read(export());
        assertThat(rows.get(prefix + "-1")).containsEntry("stage1_outcome", "upheld");
        assertThat(rows.get(prefix + "-2")).containsEntry("summary", "Thank you so much.");
        assertThat(audit.history(new AuditSubject("feedback", prefix + "-2")))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("updated from a case log"));
    }

    @Test
    void anImportedCaseSaysOnItsTimelineWhereItCameFromWhenAndWhoBroughtItIn() throws Exception {
        String manager = "clare-" + prefix;
        accounts.create(new NewStaffAccount(manager, "Clare Manager", null, Set.of(Role.COMPLAINTS_MANAGER), null, true));
        importFile(CaseLogFiles.csv(dir, "log.csv", log("not_upheld", "Thank you.")), false, new ArrayList<>());

        TimelineEntry imported = SignedIn.as(manager, () -> casework.view(new CaseReference(prefix + "-1")))
                .orElseThrow().complaint().timeline().stream()
                .filter(e -> e.event() == TimelineEntry.Event.IMPORTED).findFirst().orElseThrow();

        assertThat(imported.text()).isEqualTo("council-log.csv on 2 June 2025 by clare");
        assertThat(audit.history(new AuditSubject("case-log", "council-log.csv")))
                .anySatisfy(e -> assertThat(e.summary()).startsWith("Imported council-log.csv: 3 added"));
    }

    @Test
    void namesHeardLacksAreListedAndCreatedOnlyWhenAgreed() throws Exception {
        Path file = CaseLogFiles.csv(dir, "names.csv", List.of(
                row("reference=" + prefix + "-1", "record_type=comment", "received=2024-02-05",
                        "service_area=Youth Justice " + prefix, "team=Youth Offending Team " + prefix,
                        "issues=Curfew " + prefix + ";Delay"),
                row("reference=" + prefix + "-2", "record_type=comment", "received=2023-11-01",
                        "team=youth offending team " + prefix)));

        ImportOutcome refused = importer.importFile(new Upload("names.csv", CaseLogFormat.CSV, file),
                new ImportOptions(false, false, false), null, "clare", c -> { }, Progress.NONE);

        assertThat(refused.result()).isEqualTo(ImportOutcome.Result.NAMES_NOT_AGREED);
        assertThat(refused.check().unknownAreas()).containsExactly("Youth Justice " + prefix);
        assertThat(refused.check().unknownTeams()).containsExactly(new CaseLogCheck.UnknownTeam(
                "Youth Offending Team " + prefix, "Youth Justice " + prefix, LocalDate.of(2023, 11, 1)));
        assertThat(refused.check().unknownIssues()).contains("Curfew " + prefix);
        assertThat(organisation.serviceAreaNamed("Youth Justice " + prefix)).isEmpty();

        ImportOutcome agreed = importer.importFile(new Upload("names.csv", CaseLogFormat.CSV, file),
                new ImportOptions(false, true, false), null, "clare", c -> { }, Progress.NONE);

        assertThat(agreed.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        long area = organisation.serviceAreaNamed("youth justice " + prefix).orElseThrow().id();
        assertThat(organisation.teamNamed("Youth Offending Team " + prefix)).hasValueSatisfying(t -> {
            assertThat(t.serviceAreaId()).isEqualTo(area);
            assertThat(t.openedOn()).isEqualTo(LocalDate.of(2023, 11, 1));
        });
        assertThat(organisation.issueCategoryNamed("curfew " + prefix)).isPresent();
    }
}
