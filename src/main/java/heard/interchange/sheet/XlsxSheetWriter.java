package heard.interchange.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import heard.interchange.caselog.Cells;
import heard.interchange.caselog.Column;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook of one visible sheet, streamed (POI keeps a hundred rows in memory and the rest
 * in a temporary file). Dates are date cells, money and ages numbers, everything else text. It carries
 * no author, no comments and no hidden sheets: POI's own default author is removed.
 */
final class XlsxSheetWriter implements SheetWriter {

    private static final int ROWS_IN_MEMORY = 100;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet;
    private final CellStyle dates;
    private final CellStyle money;
    private final List<Column.Kind> kinds;
    private int next;

    XlsxSheetWriter(OutputStream out, String sheetName, List<Column.Kind> kinds) {
        this.out = out;
        this.kinds = List.copyOf(kinds);
        this.sheet = workbook.createSheet(sheetName);
        this.dates = workbook.createCellStyle();
        dates.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        this.money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
    }

    @Override
    public void header(List<String> names) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < names.size(); i++) {
            row.createCell(i).setCellValue(names.get(i));
        }
    }

    @Override
    public void row(List<String> cells) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            String value = cells.get(i);
            if (value == null || value.isEmpty()) {
                continue;
            }
            Cell cell = row.createCell(i);
            switch (kinds.get(i)) {
                case DATE -> {
                    cell.setCellValue(LocalDate.parse(value));
                    cell.setCellStyle(dates);
                }
                case MONEY -> {
                    cell.setCellValue(new BigDecimal(value).doubleValue());
                    cell.setCellStyle(money);
                }
                case NUMBER -> cell.setCellValue(Integer.parseInt(value));
                default -> cell.setCellValue(Cells.neutralise(value));
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            POIXMLProperties properties = workbook.getXSSFWorkbook().getProperties();
            properties.getCoreProperties().setCreator("");
            properties.getCoreProperties().setLastModifiedByUser("");
            properties.getExtendedProperties().getUnderlyingProperties().setApplication("Heard");
            workbook.write(out);
            out.flush();
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
