package heard.interchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a case log a row at a time. Every cell that a spreadsheet would take for a formula is
 * neutralised ({@link Cells#neutralise}); the import takes the neutralisation off again.
 */
interface SheetWriter extends AutoCloseable {

    void header(List<String> names) throws IOException;

    /** One record's cells, in {@link Column} order, as the log writes them (blank for none). */
    void row(List<String> cells) throws IOException;

    /** Finishes the file; the stream it was given stays open. */
    @Override
    void close() throws IOException;

    static SheetWriter of(CaseLogFormat format, OutputStream out) throws IOException {
        return format == CaseLogFormat.XLSX ? new XlsxSheetWriter(out) : new CsvSheetWriter(out);
    }
}
