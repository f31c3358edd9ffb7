package heard.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a sheet a row at a time, as CSV or a workbook: what leaves Heard as a spreadsheet (the case log, the case
 * list, the learning register). Every text cell that a spreadsheet would take for a formula is neutralised
 * ({@link #neutralise}); an import takes the neutralisation off again ({@link #restore}).
 */
public interface SpreadsheetWriter extends AutoCloseable {

    /** How a workbook writes a column's cells: dates as date cells, numbers and money as numbers, the rest as text. */
    enum CellKind { TEXT, DATE, NUMBER, MONEY }

    void header(List<String> names) throws IOException;

    /**
     * One record's cells, in the columns' order, blank for none: a date ISO ({@code 2026-12-07}), a number in
     * digits, money in pounds and pence with no symbol.
     */
    void row(List<String> cells) throws IOException;

    /** Finishes the file; the stream it was given stays open. */
    @Override
    void close() throws IOException;

    /** A sheet of columns written as {@code kinds} says, in order; {@code sheetName} names a workbook's one sheet. */
    static SpreadsheetWriter of(SpreadsheetFormat format, OutputStream out, String sheetName, List<CellKind> kinds)
            throws IOException {
        return format == SpreadsheetFormat.XLSX ? new XlsxSpreadsheetWriter(out, sheetName, kinds)
                : new CsvSpreadsheetWriter(out);
    }

    /** Text a spreadsheet would run as a formula, made plain text with a leading apostrophe. */
    static String neutralise(String text) {
        return text != null && Formulas.START.matcher(text).find() ? "'" + text : text;
    }

    /** Takes off the apostrophe {@link #neutralise} put on, so that what was exported comes back as it was. */
    static String restore(String text) {
        return text != null && Formulas.NEUTRALISED.matcher(text).find() ? text.substring(1) : text;
    }

    /** What a spreadsheet takes for a formula. */
    final class Formulas {
        // A spreadsheet takes a cell starting with one of these as a formula (or, for tab and carriage
        // return, may shift it into one); OWASP's CSV injection advice names all six.
        private static final Pattern START = Pattern.compile("^'*[=+\\-@\\t\\r]");
        private static final Pattern NEUTRALISED = Pattern.compile("^'+[=+\\-@\\t\\r]");

        private Formulas() {
        }
    }
}
