package heard.interchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import heard.interchange.caselog.Column;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Case log files for tests: rows written as a person's spreadsheet would have them, and exports read back. */
public final class CaseLogFiles {

    private CaseLogFiles() {
    }

    /** A row of the case log from "column=value" pairs, every other column blank. */
    public static Map<String, String> row(String... pairs) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            row.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return row;
    }

    public static Path csv(Path dir, String name, List<String> header, List<Map<String, String>> rows) throws IOException {
        Path file = dir.resolve(name);
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (Map<String, String> row : rows) {
                List<String> cells = new ArrayList<>();
                header.forEach(h -> cells.add(row.getOrDefault(h.strip().toLowerCase(), "")));
                printer.printRecord(cells);
            }
        }
        return file;
    }

    public static Path csv(Path dir, String name, List<Map<String, String>> rows) throws IOException {
        return csv(dir, name, SampleCaseLog.header(), rows);
    }

    /**
     * A workbook as Excel would save it: date columns as real date cells (shown dd/mm/yyyy) where the
     * value is ISO, as text where it is not, money as numbers, everything else text.
     */
    public static Path xlsx(Path dir, String name, List<Map<String, String>> rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Log");
            CellStyle ukDate = workbook.createCellStyle();
            ukDate.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            List<String> header = SampleCaseLog.header();
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < header.size(); i++) {
                    String value = rows.get(r).getOrDefault(header.get(i), "");
                    if (value.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    Column column = Column.named(header.get(i)).orElseThrow();
                    if (column.kind() == Column.Kind.DATE && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        cell.setCellValue(LocalDate.parse(value));
                        cell.setCellStyle(ukDate);
                    } else if (column.kind() == Column.Kind.MONEY && value.matches("[\\d.]+")) {
                        cell.setCellValue(Double.parseDouble(value));
                    } else if (column == Column.CHILD_AGE) {
                        cell.setCellValue(Integer.parseInt(value));
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    /** An exported CSV's rows by reference, each as column → cell (blank cells left out). */
    public static Map<String, Map<String, String>> read(byte[] csv) throws IOException {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        String text = new String(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVParser.builder().setReader(new InputStreamReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                record.toMap().forEach((k, v) -> {
                    if (!v.isEmpty()) {
                        row.put(k, v);
                    }
                });
                rows.put(record.get("reference"), row);
            }
        }
        return rows;
    }

    public static Map<String, Map<String, String>> read(Path csv) throws IOException {
        return read(Files.readAllBytes(csv));
    }
}
