package heard.interchange.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import heard.interchange.caselog.Cells;
import heard.interchange.jobs.ImportJob;
import heard.interchange.jobs.ImportJobs;
import heard.interchange.jobs.ImportSummary;
import heard.interchange.sheet.CaseLogFormat;
import heard.interchange.transfer.CaseLogExporter;
import heard.interchange.transfer.ImportOptions;
import heard.security.ConfirmedRecently;
import heard.web.DateParts;
import heard.web.FormProblems;
import heard.web.NotFoundException;
import heard.web.Notice;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Import and export pages, for complaints managers: upload a case log, see it checked (with
 * its progress while a large one runs), confirm what it will do, and see the result; and download
 * the case log, or a period of it, as CSV or Excel.
 */
@Controller
@RequestMapping("/case-log")
@PreAuthorize("hasRole('COMPLAINTS_MANAGER')")
class CaseLogController {

    /** A small file's check usually finishes within this, so its page shows the result straight away. */
    private static final Duration WAIT_FOR_A_SMALL_FILE = Duration.ofSeconds(3);
    private static final int PROBLEMS_SHOWN = 100;
    private static final int CHANGES_SHOWN = 500;
    static final String UPDATE = "update";
    static final String IGNORE_UNKNOWN_COLUMNS = "ignoreUnknownColumns";

    private final ImportJobs jobs;
    private final CaseLogExporter exporter;
    private final Clock clock;

    CaseLogController(ImportJobs jobs, CaseLogExporter exporter, Clock clock) {
        this.jobs = jobs;
        this.exporter = exporter;
        this.clock = clock;
    }

    record ImportForm(MultipartFile file, List<String> options) {
    }

    private static final java.time.format.DateTimeFormatter UPLOADED =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", java.util.Locale.UK);

    record ExportForm(DateParts from, DateParts to, String format) {
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("jobs", jobs.recent().stream().map(this::view).toList());
        return "interchange/index";
    }

    @GetMapping("/import")
    String importForm(Model model) {
        model.addAttribute("form", new ImportForm(null, List.of()));
        return "interchange/import";
    }

    @PostMapping("/import")
    String upload(@ModelAttribute("form") ImportForm form, BindingResult result, Authentication authentication,
                  Model model) throws IOException {
        MultipartFile file = form.file();
        Optional<CaseLogFormat> format = file == null ? Optional.empty()
                : CaseLogFormat.ofFileName(file.getOriginalFilename());
        if (file == null || file.isEmpty()) {
            FormProblems.reject(result, "file", "caselog.upload.missing");
        } else if (format.isEmpty()) {
            FormProblems.reject(result, "file", "caselog.upload.format");
        }
        if (result.hasErrors()) {
            return "interchange/import";
        }
        List<String> options = form.options() == null ? List.of() : form.options();
        long id;
        try (InputStream content = file.getInputStream()) {
            id = jobs.submit(fileName(file), format.get(), file.getSize(), content,
                    new ImportOptions(options.contains(UPDATE), false, options.contains(IGNORE_UNKNOWN_COLUMNS)), false,
                    authentication.getName());
        }
        jobs.awaitStep(id, WAIT_FOR_A_SMALL_FILE);
        return "redirect:/case-log/import/" + id;
    }

    /** The name the person's computer gave the file, without any folders some browsers send with it. */
    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    }

    @GetMapping("/import/{id}")
    @PreAuthorize("hasAnyRole('COMPLAINTS_MANAGER', 'ADMINISTRATOR')")
    String job(@PathVariable long id, Model model) {
        ImportJob job = jobs.find(id).orElseThrow(NotFoundException::new);
        model.addAttribute("job", view(job));
        model.addAttribute("summary", job.summary() == null ? null : view(job.summary()));
        if (job.status() == ImportJob.Status.REJECTED) {
            model.addAttribute("problems", jobs.problems(id, PROBLEMS_SHOWN).stream().map(p -> values(
                    "row", p.row() == null ? "" : String.valueOf(p.row()), "column", p.column(), "message", p.message()))
                    .toList());
        }
        if (job.status() == ImportJob.Status.READY && job.options().update()) {
            model.addAttribute("changes", jobs.changes(id, CHANGES_SHOWN).stream().map(c -> values(
                    "reference", c.reference(), "column", c.column(), "before", c.before(), "after", c.after())).toList());
        }
        return "interchange/job";
    }

    // The pages read plain maps: the module's types are package-private, which templates cannot call into.

    private Map<String, Object> view(ImportJob job) {
        return values("id", job.id(), "fileName", job.fileName(), "status", job.status().name(),
                "working", job.status().isWorking(), "rowsRead", job.rowsRead(), "rowsWritten", job.rowsWritten(),
                "rowsTotal", job.rowsTotal() == null ? 0 : job.rowsTotal(), "update", job.options().update(),
                "uploadedBy", job.uploadedBy(), "uploaded", UPLOADED.format(job.uploadedAt().atZone(clock.getZone())));
    }

    private static Map<String, Object> view(ImportSummary summary) {
        List<Map<String, Object>> adding = summary.toAdd().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> values("type", e.getKey(), "count", e.getValue())).toList();
        return values("rows", summary.rows(), "adding", adding, "unchanged", summary.unchanged(),
                "changed", summary.changed(), "unknownAreas", summary.unknownAreas(),
                "unknownTeams", summary.unknownTeams().stream()
                        .map(t -> values("name", t.name(), "serviceArea", t.serviceArea())).toList(),
                "unknownIssues", summary.unknownIssues(), "hasUnknownNames", summary.hasUnknownNames(),
                "problems", summary.problems(), "changes", summary.changes(), "added", summary.added(),
                "updated", summary.updated(), "skipped", summary.skipped(), "namesCreated", summary.namesCreated(),
                "changedSinceCheck", summary.changedSinceCheck());
    }

    private static Map<String, Object> values(Object... keysAndValues) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }

    /** For the page's script, which shows a large file's progress without reloading. */
    @GetMapping("/import/{id}/progress")
    @PreAuthorize("hasAnyRole('COMPLAINTS_MANAGER', 'ADMINISTRATOR')")
    @ResponseBody
    Map<String, Object> progress(@PathVariable long id) {
        ImportJob job = jobs.find(id).orElseThrow(NotFoundException::new);
        return Map.of("status", job.status().name(), "working", job.status().isWorking(), "rowsRead", job.rowsRead(),
                "rowsWritten", job.rowsWritten(), "rowsTotal", job.rowsTotal() == null ? 0 : job.rowsTotal());
    }

    @GetMapping("/import/{id}/problems.csv")
    void problems(@PathVariable long id, HttpServletResponse response) throws IOException {
        ImportJob job = jobs.find(id).orElseThrow(NotFoundException::new);
        response.setContentType(CaseLogFormat.CSV.mediaType());
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("problems-" + job.fileName().replaceAll("\\.[^.]*$", "") + ".csv", StandardCharsets.UTF_8)
                .build().toString());
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord("row", "column", "problem");
        jobs.eachProblem(id, p -> {
            try {
                printer.printRecord(p.row() == null ? "" : p.row(), p.column() == null ? "" : Cells.neutralise(p.column()),
                        Cells.neutralise(p.message()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    @PostMapping("/import/{id}/confirm")
    String confirm(@PathVariable long id, RedirectAttributes redirect) {
        ImportJob job = jobs.find(id).orElseThrow(NotFoundException::new);
        boolean createMissing = job.summary() != null && job.summary().hasUnknownNames();
        if (jobs.confirm(id, createMissing)) {
            jobs.awaitStep(id, WAIT_FOR_A_SMALL_FILE);
        } else {
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("caselog.job.notWaiting"));
        }
        return "redirect:/case-log/import/" + id;
    }

    @PostMapping("/import/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        jobs.find(id).orElseThrow(NotFoundException::new);
        if (jobs.cancel(id)) {
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("caselog.job.cancelled"));
        }
        return "redirect:/case-log/import/" + id;
    }

    @GetMapping("/export")
    @ConfirmedRecently
    String exportForm(Model model) {
        model.addAttribute("form", new ExportForm(DateParts.of(null), DateParts.of(null), CaseLogFormat.CSV.name()));
        return "interchange/export";
    }

    @PostMapping("/export")
    @ConfirmedRecently
    String export(@ModelAttribute("form") ExportForm form, BindingResult result, HttpServletResponse response)
            throws IOException {
        DateParts from = form.from() == null ? DateParts.of(null) : form.from();
        DateParts to = form.to() == null ? DateParts.of(null) : form.to();
        from.validateOptional(result, "from");
        to.validateOptional(result, "to");
        Optional<CaseLogFormat> format = java.util.Arrays.stream(CaseLogFormat.values())
                .filter(f -> f.name().equals(form.format())).findFirst();
        if (format.isEmpty()) {
            FormProblems.reject(result, "format", "caselog.export.format.missing");
        }
        LocalDate first = from.toLocalDate().orElse(null);
        LocalDate last = to.toLocalDate().orElse(null);
        if (!result.hasErrors() && first != null && last != null && last.isBefore(first)) {
            FormProblems.reject(result, "to", "caselog.export.to.beforeFrom", first);
        }
        if (result.hasErrors()) {
            return "interchange/export";
        }
        response.setContentType(format.get().mediaType());
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("case-log-" + LocalDate.now(clock) + "." + format.get().extension()).build().toString());
        exporter.export(first, last, format.get(), response.getOutputStream());
        response.flushBuffer();
        return null;
    }
}
