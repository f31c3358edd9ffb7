package heard.reporting;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import heard.commandline.Command;
import heard.commandline.Commands;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar heard.jar report --from DATE --to DATE [--format json|html|pdf|docx] [--out FILE]
 * [--input CASELOG ...]}: the figures of a period as JSON (the default), or its annual report as a
 * self-contained HTML page, a PDF or a Word document, to standard output or a file. JSON prints the figures
 * object and nothing else. With {@code --input} the report is of a case log file, imported (its service
 * areas, teams and issue categories as the file names them) into an in-memory database of the run's own
 * ({@link ReportInputDatabase}) by the {@code import} command; the configured database is never touched.
 *
 * <p>With several {@code --input}s, one for each council, the JSON holds each council's figures and their totals
 * ({@link FiguresTotal}): each case log is reported on by a run of this command of its own, in a database of its
 * own, so that councils whose references, teams or issue categories share names stay apart.
 */
@Component
class ReportCommand implements Command {

    static final Set<String> FORMATS = Set.of("json", "html", "pdf", "docx");
    static final String INPUT = "--input";
    private static final Set<String> OPTIONS = Set.of("--from", "--to", "--format", "--out", INPUT);

    private final ReportFigures figures;
    private final ReportBuilder builder;
    private final PdfReport pdf;
    private final DocxReport docx;
    private final ITemplateEngine templates;
    private final JsonMapper json;
    private final ObjectProvider<Command> commands;
    private final ApplicationContext context;
    private final boolean ownDatabase;

    ReportCommand(ReportFigures figures, ReportBuilder builder, PdfReport pdf, DocxReport docx, ITemplateEngine templates,
                  JsonMapper json, ObjectProvider<Command> commands, ApplicationContext context,
                  @Value("${" + ReportInputDatabase.MARKER + ":false}") boolean ownDatabase) {
        this.commands = commands;
        this.context = context;
        this.ownDatabase = ownDatabase;
        this.figures = figures;
        this.builder = builder;
        this.pdf = pdf;
        this.docx = docx;
        this.templates = templates;
        this.json = json;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String usage() {
        return "report --from DATE --to DATE [--format json|html|pdf|docx] [--out FILE] [--input CASELOG ...]";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String word = arguments.get(i);
            if (!OPTIONS.contains(word) || i + 1 >= arguments.size()) {
                err.println(word.startsWith("--") ? "Option " + word + " needs a value, or is not one of report's."
                        : "Unexpected word: " + word);
                err.println("Usage: java -jar heard.jar " + usage());
                return USAGE;
            }
            if (word.equals(INPUT)) {
                inputs.add(arguments.get(i + 1));
            }
            options.put(word, arguments.get(++i));
        }
        ReportPeriod period;
        try {
            LocalDate from = LocalDate.parse(required(options, "--from"));
            LocalDate to = LocalDate.parse(required(options, "--to"));
            if (to.isBefore(from)) {
                err.println("The period ends (" + to + ") before it starts (" + from + ").");
                return USAGE;
            }
            period = new ReportPeriod(from, to);
        } catch (IllegalArgumentException | DateTimeParseException wrong) {
            err.println(wrong instanceof DateTimeParseException ? "Dates are written yyyy-mm-dd: " + wrong.getMessage()
                    : wrong.getMessage());
            err.println("Usage: java -jar heard.jar " + usage());
            return USAGE;
        }
        String format = options.getOrDefault("--format", "json").toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(format)) {
            err.println("The format is one of json, html, pdf, docx, not " + format + ".");
            return USAGE;
        }
        if (inputs.size() > 1) {
            if (!format.equals("json")) {
                err.println("Several --input give each council's figures and their totals as JSON: --format json only.");
                return USAGE;
            }
            return councils(period, inputs, options.get("--out"), out, err);
        }
        if (options.containsKey(INPUT)) {
            if (!ownDatabase) {
                err.println("--input runs only as java -jar heard.jar report, on a database of its own.");
                return USAGE;
            }
            Command importer = commands.stream().filter(c -> c.name().equals("import")).findFirst().orElseThrow(
                    () -> new IllegalStateException("Heard has no import command to read " + options.get(INPUT)));
            // The import's own messages (a refused row, say) are for the person: standard error, not the report's output.
            int imported = importer.run(List.of(options.get(INPUT), "--create-missing"), err, err);
            if (imported != OK) {
                return imported;
            }
        }
        byte[] content = switch (format) {
            case "json" -> json.writerWithDefaultPrettyPrinter().writeValueAsBytes(figures.compute(period));
            case "html" -> templates.process("reporting/print", new Context(Locale.UK,
                    Map.of("document", builder.build(ReportKind.ANNUAL, period, false, false))))
                    .getBytes(StandardCharsets.UTF_8);
            case "pdf" -> pdf.write(builder.build(ReportKind.ANNUAL, period, false, false));
            default -> docx.write(builder.build(ReportKind.ANNUAL, period, false, false));
        };
        return write(content, format.equals("json") || format.equals("html"), period, options.get("--out"), out, err);
    }

    /** Each council's figures, from a run of this command on its case log alone, then their totals. */
    private int councils(ReportPeriod period, List<String> inputs, String outFile, PrintStream out, PrintStream err) {
        Class<?> application = context.getBeansWithAnnotation(SpringBootConfiguration.class).values().iterator().next()
                .getClass();
        List<Map<String, Object>> councils = new ArrayList<>();
        List<Figures> figuresOfEach = new ArrayList<>();
        try {
            for (String input : inputs) {
                Path file = Files.createTempFile("heard-council-", ".json");
                try {
                    int done = Commands.run(userClass(application), new String[] {name(), "--from", period.start().toString(),
                        "--to", period.end().toString(), INPUT, input, "--out", file.toString()});
                    if (done != OK) {
                        return done;
                    }
                    Figures figures = Figures.read(json, Files.readAllBytes(file));
                    figuresOfEach.add(figures);
                    Map<String, Object> council = new LinkedHashMap<>();
                    council.put("council", councilName(input));
                    council.put("input", input);
                    council.put("figures", figures);
                    councils.add(council);
                } finally {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            err.println("Could not keep a council's figures while totting them up: " + e.getMessage());
            return REJECTED;
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("period", Figures.Period.of(period));
        all.put("councils", councils);
        all.put("total", FiguresTotal.of(figuresOfEach));
        return write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(all), true, period, outFile, out, err);
    }

    /** A council is named by its case log's file name, without folders or extension. */
    static String councilName(String input) {
        String name = Path.of(input).getFileName().toString();
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }

    /** The class Spring was started from, not the proxy it made of it. */
    private static Class<?> userClass(Class<?> type) {
        return org.springframework.util.ClassUtils.getUserClass(type);
    }

    private static int write(byte[] content, boolean text, ReportPeriod period, String outFile, PrintStream out,
                             PrintStream err) {
        try {
            if (outFile != null) {
                Files.write(Path.of(outFile), content);
                err.println("Wrote " + outFile + " (" + period.label() + ").");
            } else {
                out.write(content);
                if (text) {
                    out.println();
                }
                out.flush();
            }
        } catch (IOException e) {
            err.println("Could not write " + outFile + ": " + e.getMessage());
            return REJECTED;
        }
        return OK;
    }

    private static String required(Map<String, String> options, String option) {
        String value = options.get(option);
        if (value == null) {
            throw new IllegalArgumentException("The report needs " + option + " DATE.");
        }
        return value;
    }
}
