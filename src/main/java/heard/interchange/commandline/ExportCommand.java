package heard.interchange.commandline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import heard.commandline.Command;
import heard.interchange.caselog.Cells;
import heard.interchange.sheet.CaseLogFormat;
import heard.interchange.transfer.CaseLogExporter;
import heard.interchange.transfer.InterchangeMessages;
import org.springframework.stereotype.Component;

/** {@code java -jar heard.jar export FILE [--from DATE] [--to DATE]}: the case log, or a period of it, as CSV or XLSX. */
@Component
class ExportCommand implements Command {

    private final CaseLogExporter exporter;
    private final InterchangeMessages messages;

    ExportCommand(CaseLogExporter exporter, InterchangeMessages messages) {
        this.exporter = exporter;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export FILE [--from DATE] [--to DATE]   write the case log (.csv or .xlsx), by date received";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--from") || argument.equals("--to")) {
                if (i + 1 == arguments.size()) {
                    return usage(err, messages.text("caselog.cli.dateMissing", argument));
                }
                Cells.DateValue date = Cells.date(arguments.get(++i));
                if (!(date instanceof Cells.ADate d)) {
                    return usage(err, messages.text("caselog.cli.notADate", arguments.get(i)));
                }
                if (argument.equals("--from")) {
                    from = d.date();
                } else {
                    to = d.date();
                }
            } else if (argument.startsWith("-")) {
                return usage(err, messages.text("caselog.cli.unknownOption", argument));
            } else {
                files.add(argument);
            }
        }
        if (files.size() != 1) {
            return usage(err, messages.text("caselog.cli.oneFile"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            return usage(err, messages.text("caselog.cli.toBeforeFrom"));
        }
        Path file = Path.of(files.get(0));
        Optional<CaseLogFormat> format = CaseLogFormat.ofFileName(file.getFileName().toString());
        if (format.isEmpty()) {
            return usage(err, messages.text("caselog.file.format"));
        }
        try (OutputStream stream = Files.newOutputStream(file)) {
            int count = exporter.export(from, to, format.get(), stream);
            out.println(messages.text("caselog.result.exported", count, file));
            return OK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int usage(PrintStream err, String message) {
        err.println(message);
        err.println("Usage: java -jar heard.jar " + usage());
        return USAGE;
    }
}
