package heard.interchange.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import heard.interchange.caselog.Cells;
import heard.interchange.caselog.Column;

/**
 * Writes a case log a row at a time. Every cell that a spreadsheet would take for a formula is
 * neutralised ({@link Cells#neutralise}); the import takes the neutralisation off again.
 */
public interface SheetWriter extends AutoCloseable {

    void header(List<String> names) throws IOException;

    /** One record's cells, in {@link Column} order, as the log writes them (blank for none). */
    void row(List<String> cells) throws IOException;

    /** Finishes the file; the stream it was given stays open. */
    @Override
    void close() throws IOException;

    /** The case log, in {@link Column} order. */
    static SheetWriter of(CaseLogFormat format, OutputStream out) throws IOException {
        return of(format, out, "Case log", Arrays.stream(Column.values()).map(Column::kind).toList());
    }

    /** A sheet of other columns (the case list's): {@code kinds} says how a workbook writes each, in order. */
    static SheetWriter of(CaseLogFormat format, OutputStream out, String sheetName, List<Column.Kind> kinds)
            throws IOException {
        return format == CaseLogFormat.XLSX ? new XlsxSheetWriter(out, sheetName, kinds) : new CsvSheetWriter(out);
    }
}
