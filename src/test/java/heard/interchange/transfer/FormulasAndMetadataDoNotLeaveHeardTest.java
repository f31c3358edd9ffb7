package heard.interchange.transfer;

import static heard.interchange.CaseLogFiles.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import heard.interchange.CaseLogFiles;
import heard.interchange.caselog.Column;
import heard.interchange.sheet.CaseLogFormat;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class FormulasAndMetadataDoNotLeaveHeardTest {

    @Autowired
    CaseLogImporter importer;
    @Autowired
    CaseLogExporter exporter;
    @Autowired
    TestClock clock;
    @TempDir
    Path dir;

    /** Values a spreadsheet would run, and one that only looks neutralised (an apostrophe is its own first character). */
    private static final String[] DANGEROUS = {"=HYPERLINK(\"http://evil.example\",\"click\")", "+1+1", "-2+3",
        "@SUM(A1:A2)", "'=one quote of its own"};

    @Test
    void cellsThatASpreadsheetWouldRunAreNeutralisedAndComeBackAsTheyWere() throws Exception {
        clock.setDate(LocalDate.of(2025, 6, 2));
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < DANGEROUS.length; i++) {
            // As Heard itself would write them: each value neutralised once.
            String cell = "'" + DANGEROUS[i];
            rows.add(row("reference=F" + i, "record_type=comment", "received=2023-03-15", "summary=" + cell,
                    "service_area=" + cell, "team=Team " + i, "child_ethnicity=" + cell));
        }
        Path file = CaseLogFiles.csv(dir, "formulas.csv", rows);
        assertThat(importer.importFile(new Upload("formulas.csv", CaseLogFormat.CSV, file),
                new ImportOptions(false, true, false), null, "clare", c -> { }, Progress.NONE).result())
                .isEqualTo(ImportOutcome.Result.IMPORTED);

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exporter.export(LocalDate.of(2023, 3, 15), LocalDate.of(2023, 3, 15), CaseLogFormat.CSV, csv);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        exporter.export(LocalDate.of(2023, 3, 15), LocalDate.of(2023, 3, 15), CaseLogFormat.XLSX, xlsx);

        Map<String, Map<String, String>> exported = CaseLogFiles.read(csv.toByteArray());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int i = 0; i < DANGEROUS.length; i++) {
                Map<String, String> row = exported.get("F" + i);
                assertThat(row.get("summary")).isEqualTo("'" + DANGEROUS[i]);
                assertThat(row.get("service_area")).isEqualTo("'" + DANGEROUS[i]);
                assertThat(row.get("child_ethnicity")).isEqualTo("'" + DANGEROUS[i]);
                int summary = Column.SUMMARY.ordinal();
                org.apache.poi.ss.usermodel.Row excelRow = findRow(sheet, "F" + i);
                assertThat(excelRow.getCell(summary).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                assertThat(excelRow.getCell(summary).getStringCellValue()).isEqualTo("'" + DANGEROUS[i]);
            }
        }

        Path again = dir.resolve("again.csv");
        Files.write(again, csv.toByteArray());
        ImportOutcome reimport = importer.importFile(new Upload("again.csv", CaseLogFormat.CSV, again),
                new ImportOptions(true, false, false), null, "clare", c -> { }, Progress.NONE);
        assertThat(reimport.result()).isEqualTo(ImportOutcome.Result.NOTHING_TO_DO);
        assertThat(reimport.check().unchanged()).isEqualTo(DANGEROUS.length);
        Path againXlsx = dir.resolve("again.xlsx");
        Files.write(againXlsx, xlsx.toByteArray());
        assertThat(importer.importFile(new Upload("again.xlsx", CaseLogFormat.XLSX, againXlsx),
                new ImportOptions(true, false, false), null, "clare", c -> { }, Progress.NONE).check().unchanged())
                .isEqualTo(DANGEROUS.length);
    }

    private static org.apache.poi.ss.usermodel.Row findRow(Sheet sheet, String reference) {
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            if (reference.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row " + reference);
    }

    @Test
    void theWorkbookHasOneVisibleSheetNoCommentsAndNoAuthor() throws Exception {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        exporter.export(null, null, CaseLogFormat.XLSX, xlsx);

        List<String> parts = new ArrayList<>();
        String core = null;
        String app = null;
        String workbookXml = null;
        Path file = dir.resolve("log.xlsx");
        Files.write(file, xlsx.toByteArray());
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                parts.add(entry.getName());
                String text = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                switch (entry.getName()) {
                    case "docProps/core.xml" -> core = text;
                    case "docProps/app.xml" -> app = text;
                    case "xl/workbook.xml" -> workbookXml = text;
                    default -> { }
                }
            }
        }
        assertThat(parts).filteredOn(p -> p.startsWith("xl/worksheets/sheet")).hasSize(1);
        assertThat(parts).noneMatch(p -> p.contains("comments") || p.contains("vmlDrawing") || p.contains("person"));
        assertThat(workbookXml).doesNotContain("hidden");
        assertThat(core).doesNotContain("creator").doesNotContain("lastModifiedBy").doesNotContain("Apache POI");
        assertThat(app == null ? "" : app).doesNotContain("Apache POI");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(workbook.isSheetHidden(0)).isFalse();
            assertThat(workbook.getProperties().getCoreProperties().getCreator()).isNull();
        }
    }
}
