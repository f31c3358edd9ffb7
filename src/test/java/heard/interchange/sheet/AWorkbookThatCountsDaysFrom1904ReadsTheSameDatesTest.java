package heard.interchange.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Old Excel for Mac stores a date as days since 1904: 5 March 2024 is 43,894 there and 45,356 in Windows' 1900 system. */
class AWorkbookThatCountsDaysFrom1904ReadsTheSameDatesTest {

    @TempDir
    Path dir;

    @Test
    void aDateCellReadsAsTheDateTheSpreadsheetShows() throws Exception {
        assertThat(firstCell(workbook(true))).isEqualTo("2024-03-05");
        assertThat(firstCell(workbook(false))).isEqualTo("2024-03-05");
    }

    private Path workbook(boolean countsFrom1904) throws Exception {
        Path file = dir.resolve("dates-" + countsFrom1904 + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var properties = workbook.getCTWorkbook();
            (properties.isSetWorkbookPr() ? properties.getWorkbookPr() : properties.addNewWorkbookPr())
                    .setDate1904(countsFrom1904);
            XSSFSheet sheet = workbook.createSheet("Case log");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue(countsFrom1904 ? 43_894 : 45_356);
            row.getCell(0).setCellStyle(date);
            workbook.write(out);
        }
        return file;
    }

    private static String firstCell(Path file) throws Exception {
        List<String> cells = new ArrayList<>();
        new XlsxSheetReader().read(file, (number, row) -> cells.addAll(row));
        return cells.get(0);
    }
}
