package heard.interchange.commandline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import heard.casework.References;
import heard.commandline.Command;
import heard.interchange.sheet.CaseLogFormat;
import heard.interchange.transfer.CaseLogCheck;
import heard.interchange.transfer.CaseLogImporter;
import heard.interchange.transfer.ImportOptions;
import heard.interchange.transfer.ImportOutcome;
import heard.interchange.transfer.InterchangeMessages;
import heard.interchange.transfer.Progress;
import heard.interchange.transfer.SampleData;
import heard.interchange.transfer.Upload;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar heard.jar import FILE [--update] [--create-missing] [--ignore-unknown-columns]},
 * and {@code import --sample}: imports a case log, all or nothing. Problems go to standard output,
 * one per line, and the exit code is 1; the changes an update makes are printed before they are made.
 */
@Component
class ImportCommand implements Command {

    private static final int PROGRESS_EVERY = 10_000;

    private final CaseLogImporter importer;
    private final References references;
    private final SampleData sample;
    private final InterchangeMessages messages;

    ImportCommand(CaseLogImporter importer, References references, SampleData sample, InterchangeMessages messages) {
        this.importer = importer;
        this.references = references;
        this.sample = sample;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import FILE [--update] [--create-missing] [--ignore-unknown-columns]   import a case log (.csv or .xlsx)\n"
                + "  import --sample              load the fictional sample case log (three financial years to today) into an empty database";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>();
        boolean update = false;
        boolean createMissing = false;
        boolean ignoreUnknown = false;
        boolean sampleData = false;
        for (String argument : arguments) {
            switch (argument) {
                case "--update" -> update = true;
                case "--create-missing" -> createMissing = true;
                case "--ignore-unknown-columns" -> ignoreUnknown = true;
                case "--sample" -> sampleData = true;
                default -> {
                    if (argument.startsWith("-")) {
                        return usage(err, messages.text("caselog.cli.unknownOption", argument));
                    }
                    files.add(argument);
                }
            }
        }
        if (sampleData) {
            return files.isEmpty() && !update && !ignoreUnknown ? sample(out, err)
                    : usage(err, messages.text("caselog.cli.sampleAlone"));
        }
        if (files.size() != 1) {
            return usage(err, messages.text("caselog.cli.oneFile"));
        }
        Path file = Path.of(files.get(0));
        Optional<CaseLogFormat> format = CaseLogFormat.ofFileName(file.getFileName().toString());
        if (format.isEmpty()) {
            return usage(err, messages.text("caselog.file.format"));
        }
        if (!Files.isReadable(file)) {
            return usage(err, messages.text("caselog.cli.noFile", file));
        }
        return importFile(new Upload(file.getFileName().toString(), format.get(), file),
                new ImportOptions(update, createMissing, ignoreUnknown), out, err);
    }

    private int sample(PrintStream out, PrintStream err) {
        if (!references.noneTaken()) {
            err.println(messages.text("caselog.sample.notEmpty"));
            err.println(messages.text("caselog.cli.sampleDemo"));
            err.println("  " + messages.text("caselog.sample.demo.load"));
            err.println("  " + messages.text("caselog.sample.demo.start"));
            err.println(messages.text("caselog.sample.demo.after"));
            return REJECTED;
        }
        try {
            Path file = sample.writeTemporaryFile();
            try {
                return importFile(new Upload(SampleData.FILE_NAME, CaseLogFormat.CSV, file),
                        new ImportOptions(false, true, false), out, err);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int importFile(Upload upload, ImportOptions options, PrintStream out, PrintStream err) {
        ImportOutcome outcome = importer.importFile(upload, options, null, currentActor(),
                check -> printChanges(check, out), progress(err));
        CaseLogCheck check = outcome.check();
        switch (outcome.result()) {
            case REJECTED -> {
                check.problems().forEach(p -> out.println(messages.line(p)));
                err.println(messages.text("caselog.cli.rejected", check.problems().size(), check.rows()));
                return REJECTED;
            }
            case NAMES_NOT_AGREED -> {
                check.unknownAreas().forEach(a -> out.println(messages.text("caselog.cli.unknownArea", a)));
                check.unknownTeams().forEach(t -> out.println(messages.text("caselog.cli.unknownTeam", t.name(), t.serviceArea())));
                check.unknownIssues().forEach(i -> out.println(messages.text("caselog.cli.unknownIssue", i)));
                err.println(messages.text("caselog.cli.namesNotAgreed"));
                return REJECTED;
            }
            case NOTHING_TO_DO -> {
                out.println(messages.text(check.changed() > 0 ? "caselog.result.nothingButChanges" : "caselog.result.nothing",
                        check.rows(), check.changed()));
                return OK;
            }
            case IMPORTED -> {
                out.println(messages.text("caselog.result.imported", upload.fileName(), outcome.written().added(),
                        outcome.written().updated(), outcome.written().skipped(), outcome.written().namesCreated()));
                return OK;
            }
            default -> throw new IllegalStateException("No confirmation is asked on the command line: " + outcome.result());
        }
    }

    private void printChanges(CaseLogCheck check, PrintStream out) {
        for (CaseLogCheck.Change change : check.changes()) {
            out.println(messages.text("caselog.cli.change", change.reference(), change.column(), change.before(), change.after()));
        }
    }

    private Progress progress(PrintStream err) {
        return new Progress() {
            private int lastRead;

            @Override
            public void read(int rows) {
                if (rows / PROGRESS_EVERY > lastRead / PROGRESS_EVERY) {
                    err.println(messages.text("caselog.progress.read", rows));
                }
                lastRead = rows;
            }

            private int lastWritten;

            @Override
            public void written(int rows, int of) {
                if (rows != lastWritten && (lastWritten == 0 || rows / PROGRESS_EVERY > lastWritten / PROGRESS_EVERY
                        || rows == of)) {
                    err.println(messages.text("caselog.progress.written", rows, of));
                }
                lastWritten = rows;
            }
        };
    }

    /** Who runs the command: the command line signs in as its operating-system user. */
    private static String currentActor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "command line" : authentication.getName();
    }

    private int usage(PrintStream err, String message) {
        err.println(message);
        err.println("Usage: java -jar heard.jar " + usage());
        return USAGE;
    }
}
