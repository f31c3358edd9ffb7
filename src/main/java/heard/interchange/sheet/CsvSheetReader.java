package heard.interchange.sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import heard.interchange.caselog.Problem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads RFC 4180 CSV in UTF-8 (a byte-order mark is ignored). Empty lines are kept as blank rows so
 * that row numbers match those a spreadsheet shows; a value that spans lines is one row.
 */
public final class CsvSheetReader implements SheetReader {

    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    @Override
    public void read(Path file, RowHandler handler) throws UnreadableFileException {
        // Bytes that are not UTF-8 are refused rather than replaced, so that a file saved in another
        // encoding is reported, not imported with its pound signs turned into question marks.
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        long row = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), utf8), 65536);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                row = record.getRecordNumber();
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                if (row == 1 && !cells.isEmpty() && !cells.get(0).isEmpty() && cells.get(0).charAt(0) == BYTE_ORDER_MARK) {
                    cells.set(0, cells.get(0).substring(1));
                }
                handler.row((int) row, cells);
            }
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause(), row + 1);
        } catch (IOException e) {
            throw unreadable(e, row + 1);
        }
    }

    private static UnreadableFileException unreadable(IOException e, long row) {
        if (e instanceof CharacterCodingException) {
            return new UnreadableFileException(Problem.ofFile("caselog.file.notUtf8", row), e);
        }
        return new UnreadableFileException(Problem.ofFile("caselog.file.notCsv", row), e);
    }
}
