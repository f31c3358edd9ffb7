package heard.interchange.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import heard.interchange.caselog.Problem;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbookPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an Excel workbook as a stream of rows (POI's event API, so a sheet of
 * 100,000 rows is never all in memory). Real date cells come through as ISO dates and numbers as
 * plain decimals, whatever format the cell shows them in.
 */
final class XlsxSheetReader implements SheetReader {

    @Override
    public void read(Path file, RowHandler handler) throws UnreadableFileException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFileException(Problem.ofFile("caselog.file.noSheet"), null);
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(handler),
                        new PlainValues(countsFrom1904(reader)), false));
                xml.parse(new InputSource(sheet));
            }
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | OpenXML4JException | XmlException | SAXException | ParserConfigurationException
                 | RuntimeException e) {
            // POI reports a file that is not a workbook (or is encrypted, or damaged) in many ways.
            throw new UnreadableFileException(Problem.ofFile("caselog.file.notXlsx"), e);
        }
    }

    /** Workbooks from old Excel for Mac number their days from 1904, not 1900: the same number is another date. */
    private static boolean countsFrom1904(XSSFReader reader) throws IOException, InvalidFormatException, XmlException {
        try (InputStream workbook = reader.getWorkbookData()) {
            CTWorkbookPr properties = WorkbookDocument.Factory.parse(workbook).getWorkbook().getWorkbookPr();
            return properties != null && properties.getDate1904();
        }
    }

    /** Collects each row's cells by column letter, leaving blanks where the sheet has no cell. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowHandler handler;
        private List<String> cells;

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            handler.row(rowNum + 1, cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** Dates as ISO dates and other numbers as plain decimals, rather than as the cell displays them. */
    private static final class PlainValues extends DataFormatter {

        private final boolean countsFrom1904;

        PlainValues(boolean countsFrom1904) {
            this.countsFrom1904 = countsFrom1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, countsFrom1904).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
