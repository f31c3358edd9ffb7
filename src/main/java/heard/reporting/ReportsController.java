package heard.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import heard.casework.Refusal;
import heard.web.DateParts;
import heard.web.FormProblems;
import heard.web.Notice;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reports: the list of them, each report as a page with its PDF and Word versions, the choice of
 * any period, and the form on which the complaints manager writes a report's words.
 */
@Controller
@PreAuthorize(ReportingWeb.READERS)
class ReportsController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final ReportBuilder builder;
    private final PdfReport pdf;
    private final DocxReport docx;
    private final ReportForms forms;
    private final Narratives narratives;
    private final ReportingSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    ReportsController(ReportBuilder builder, PdfReport pdf, DocxReport docx, ReportForms forms, Narratives narratives,
                      ReportingSettings settings, MessageSource messages, Clock clock) {
        this.forms = forms;
        this.messages = messages;
        this.builder = builder;
        this.pdf = pdf;
        this.docx = docx;
        this.narratives = narratives;
        this.settings = settings;
        this.clock = clock;
    }

    /** A choice of period on the reports page: two GOV.UK date inputs. */
    record PeriodForm(DateParts firstDay, DateParts lastDay) {

        static PeriodForm empty() {
            return new PeriodForm(new DateParts("", "", ""), new DateParts("", "", ""));
        }
    }

    @GetMapping("/reports")
    String index(Model model) {
        LocalDate today = LocalDate.now(clock);
        ReportPeriod thisYear = ReportPeriod.financialYearOf(today);
        List<ReportPeriod> years = new ArrayList<>();
        for (int back = 0; back < 5; back++) {
            years.add(thisYear.yearsBefore(back));
        }
        List<ReportPeriod> quarters = new ArrayList<>();
        for (int year = thisYear.start().getYear(); year >= thisYear.start().getYear() - 1; year--) {
            for (int quarter = 4; quarter >= 1; quarter--) {
                ReportPeriod q = ReportPeriod.quarter(year, quarter);
                if (!q.start().isAfter(today)) {
                    quarters.add(q);
                }
            }
        }
        List<ReportPeriod> months = new ArrayList<>();
        for (int back = 0; back < 12; back++) {
            LocalDate month = today.minusMonths(back);
            months.add(ReportPeriod.month(month.getYear(), month.getMonthValue()));
        }
        model.addAttribute("years", years);
        model.addAttribute("quarters", quarters);
        model.addAttribute("months", months);
        if (!model.containsAttribute("periodForm")) {
            model.addAttribute("periodForm", PeriodForm.empty());
        }
        return "reporting/index";
    }

    /** Any period: checked as GOV.UK dates, then the annual report's page for it. */
    @GetMapping("/reports/period")
    String period(@ModelAttribute("periodForm") PeriodForm form, BindingResult result, Model model) {
        form.firstDay().validateRequired(result, "firstDay");
        form.lastDay().validateRequired(result, "lastDay");
        if (!result.hasErrors()
                && form.lastDay().toLocalDate().orElseThrow().isBefore(form.firstDay().toLocalDate().orElseThrow())) {
            FormProblems.reject(result, "lastDay", "reports.period.toBeforeFrom");
        }
        if (result.hasErrors()) {
            return index(model);
        }
        return "redirect:/reports/annual?from=" + form.firstDay().toLocalDate().orElseThrow() + "&to="
                + form.lastDay().toLocalDate().orElseThrow();
    }

    @GetMapping("/reports/{kind:annual|quarterly|monthly}")
    String report(@PathVariable String kind, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                  LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "false") boolean publicVersion, Model model) {
        ReportKind reportKind = kind(kind);
        ReportPeriod period = period(reportKind, from, to);
        model.addAttribute("document", builder.build(reportKind, period, publicVersion, true));
        model.addAttribute("kind", reportKind.slug());
        model.addAttribute("suppressionAvailable", settings.current().suppressSmallNumbers());
        return "reporting/report";
    }

    @GetMapping("/reports/{kind:annual|quarterly|monthly}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String kind,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(defaultValue = "false") boolean publicVersion) {
        ReportDocument document = document(kind, from, to, publicVersion);
        return download(pdf.write(document), MediaType.APPLICATION_PDF, fileName(document, "pdf"));
    }

    @GetMapping("/reports/{kind:annual|quarterly|monthly}.docx")
    ResponseEntity<byte[]> docx(@PathVariable String kind,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(defaultValue = "false") boolean publicVersion) {
        ReportDocument document = document(kind, from, to, publicVersion);
        return download(docx.write(document), DOCX, fileName(document, "docx"));
    }

    /** The web page, PDF and Word document (and, for staff, the figures) in one ZIP, from one computation of the figures. */
    @GetMapping("/reports/{kind:annual|quarterly|monthly}.zip")
    ResponseEntity<byte[]> zip(@PathVariable String kind,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(defaultValue = "false") boolean publicVersion) {
        ReportKind reportKind = kind(kind);
        ReportForms.Written written = forms.write(reportKind, period(reportKind, from, to), publicVersion);
        return download(written.zip(), ZIP, written.fileName());
    }

    @GetMapping("/reports/narrative")
    @PreAuthorize(ReportingWeb.MANAGERS)
    String narrative(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        ReportPeriod period = Periods.checked(from, to);
        Narratives.Narrative narrative = narratives.of(period);
        Map<String, String> texts = new LinkedHashMap<>();
        Narratives.SECTIONS.forEach(s -> texts.put(s, narrative.text(s)));
        return narrativePage(period, texts, narrative.version(), Map.of(), List.of(), model);
    }

    /**
     * Saves the words of every section at once. A text too long, or someone else's save in between, shows
     * the form again with what was typed, so that nothing written is lost.
     */
    @PostMapping("/reports/narrative")
    @PreAuthorize(ReportingWeb.MANAGERS)
    String saveNarrative(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam Map<String, String> parameters, Authentication who, Model model,
                         RedirectAttributes redirect, Locale locale) {
        ReportPeriod period = Periods.checked(from, to);
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        List<Map<String, String>> errorList = new ArrayList<>();
        for (String section : Narratives.SECTIONS) {
            String text = parameters.getOrDefault(section, "");
            texts.put(section, text);
            if (text.strip().length() > Narratives.MAXIMUM_LENGTH) {
                String message = messages.getMessage("narrative.tooLong." + section,
                        new Object[] {Narratives.MAXIMUM_LENGTH}, locale);
                errors.put(section, message);
                errorList.add(Map.of("text", message, "href", "#" + section));
            }
        }
        int version = parseVersion(parameters.get("version"));
        if (errors.isEmpty()) {
            try {
                narratives.save(period, texts, version, who.getName());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("narrative.saved", period.label()));
                return "redirect:/reports/annual?from=" + from + "&to=" + to;
            } catch (Refusal refusal) {
                errorList.add(Map.of("text", messages.getMessage(refusal.messageKey(), refusal.arguments(), locale)));
            }
        }
        model.addAttribute("formErrors", true);
        return narrativePage(period, texts, version, errors, errorList, model);
    }

    private static int parseVersion(String version) {
        try {
            return version == null ? -1 : Integer.parseInt(version);
        } catch (NumberFormatException mistyped) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a version: " + version);
        }
    }

    private String narrativePage(ReportPeriod period, Map<String, String> texts, int version, Map<String, String> errors,
                                 List<Map<String, String>> errorList, Model model) {
        model.addAttribute("period", period);
        model.addAttribute("sections", Narratives.SECTIONS);
        model.addAttribute("texts", texts);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("errorList", errorList);
        return "reporting/narrative";
    }

    private ReportDocument document(String kind, LocalDate from, LocalDate to, boolean publicVersion) {
        ReportKind reportKind = kind(kind);
        return builder.build(reportKind, period(reportKind, from, to), publicVersion, false);
    }

    private static ReportKind kind(String slug) {
        return ReportKind.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The period asked for; without one, the current year, quarter or month for that kind of report. */
    private ReportPeriod period(ReportKind kind, LocalDate from, LocalDate to) {
        if (from != null || to != null) {
            return Periods.checked(from, to);
        }
        LocalDate today = LocalDate.now(clock);
        ReportPeriod year = ReportPeriod.financialYearOf(today);
        return switch (kind) {
            case ANNUAL -> year;
            case QUARTERLY -> year.quarters().stream().filter(q -> q.contains(today)).findFirst().orElseThrow();
            case MONTHLY -> ReportPeriod.month(today.getYear(), today.getMonthValue());
        };
    }

    static String fileName(ReportDocument document, String extension) {
        return document.title().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "")
                + (document.publicVersion() ? "-public" : "") + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
