package heard.interchange.sheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import heard.interchange.caselog.Cells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as the spec has it: UTF-8, RFC 4180, CRLF line ends. A byte-order mark goes first because
 * Excel reads a UTF-8 file without one as the PC's own code page, and the import accepts one.
 */
final class CsvSheetWriter implements SheetWriter {

    private final Writer writer;
    private final CSVPrinter printer;

    CsvSheetWriter(OutputStream out) throws IOException {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 65536);
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    @Override
    public void header(List<String> names) throws IOException {
        printer.printRecord(names);
    }

    @Override
    public void row(List<String> cells) throws IOException {
        for (String cell : cells) {
            printer.print(Cells.neutralise(cell));
        }
        printer.println();
    }

    @Override
    public void close() throws IOException {
        printer.flush();
        writer.flush();
    }
}
