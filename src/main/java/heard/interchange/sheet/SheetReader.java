package heard.interchange.sheet;

import java.nio.file.Path;
import java.util.List;

/** Reads a case log file a row at a time, so that a file of any size is never all in memory. */
public interface SheetReader {

    /** Called for each row with its spreadsheet row number (the header is row 1) and its cells as text. */
    @FunctionalInterface
    interface RowHandler {
        void row(int number, List<String> cells);
    }

    void read(Path file, RowHandler handler) throws UnreadableFileException;

    static SheetReader of(CaseLogFormat format) {
        return format == CaseLogFormat.XLSX ? new XlsxSheetReader() : new CsvSheetReader();
    }
}
