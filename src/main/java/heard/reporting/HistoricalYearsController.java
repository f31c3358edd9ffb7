package heard.reporting;

import java.util.List;

import heard.casework.Refusal;
import heard.web.DateParts;
import heard.web.FormProblems;
import heard.web.Notice;
import heard.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The totals a council enters for years before Heard held its records, for reports to compare with. */
@Controller
@PreAuthorize(ReportingWeb.MANAGERS)
class HistoricalYearsController {

    private final HistoricalYears years;
    private final MeasureQueries queries;

    HistoricalYearsController(HistoricalYears years, MeasureQueries queries) {
        this.years = years;
        this.queries = queries;
    }

    /** The form, as typed: numbers as text so that what was typed comes back with its error. */
    record HistoricalForm(String label, DateParts yearStart, DateParts yearEnd, String stage1Received, String stage2Received,
                          String stage3Received, String representations, String compliments, String memberEnquiries,
                          String stage1Responses, String stage1OnTime, String stage2Responses, String stage2OnTime,
                          int version) {

        static HistoricalForm empty() {
            DateParts blank = new DateParts("", "", "");
            return new HistoricalForm("", blank, blank, "", "", "", "", "", "", "", "", "", "", 0);
        }

        static HistoricalForm of(HistoricalYear y) {
            return new HistoricalForm(y.label(), DateParts.of(y.period().start()), DateParts.of(y.period().end()),
                    text(y.stage1Received()), text(y.stage2Received()), text(y.stage3Received()), text(y.representations()),
                    text(y.compliments()), text(y.memberEnquiries()), text(y.stage1Responses()), text(y.stage1OnTime()),
                    text(y.stage2Responses()), text(y.stage2OnTime()), y.version());
        }

        private static String text(Integer n) {
            return n == null ? "" : String.valueOf(n);
        }
    }

    /** A year as the list shows it, and whether Heard holds records for it (so that reports use those instead). */
    record Listed(HistoricalYear year, boolean recordsHeld) {
    }

    @GetMapping("/settings/reporting/history")
    String list(Model model) {
        List<Listed> listed = years.all().stream().map(y -> new Listed(y,
                !queries.tally(Measure.RECORDS_RECEIVED, List.of(y.period())).isEmpty())).toList();
        model.addAttribute("years", listed);
        return "reporting/history";
    }

    @GetMapping("/settings/reporting/history/new")
    String add(Model model) {
        model.addAttribute("historicalForm", HistoricalForm.empty());
        model.addAttribute("id", null);
        return "reporting/history-year";
    }

    @PostMapping("/settings/reporting/history")
    String create(@ModelAttribute("historicalForm") HistoricalForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return save(null, form, result, model, redirect);
    }

    @GetMapping("/settings/reporting/history/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("historicalForm", HistoricalForm.of(years.find(id).orElseThrow(NotFoundException::new)));
        model.addAttribute("id", id);
        return "reporting/history-year";
    }

    @PostMapping("/settings/reporting/history/{id}")
    String update(@PathVariable long id, @ModelAttribute("historicalForm") HistoricalForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        years.find(id).orElseThrow(NotFoundException::new);
        return save(id, form, result, model, redirect);
    }

    private String save(Long id, HistoricalForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (form.label() == null || form.label().isBlank()) {
            FormProblems.reject(result, "label", "historical.label.missing");
        } else if (form.label().strip().length() > 40) {
            FormProblems.reject(result, "label", "historical.label.tooLong", 40);
        }
        form.yearStart().validateRequired(result, "yearStart");
        form.yearEnd().validateRequired(result, "yearEnd");
        if (form.yearStart().toLocalDate().isPresent() && form.yearEnd().toLocalDate().isPresent()
                && form.yearEnd().toLocalDate().get().isBefore(form.yearStart().toLocalDate().get())) {
            FormProblems.reject(result, "yearEnd", "historical.end.beforeStart");
        }
        Integer stage1 = WholeNumbers.parse(form.stage1Received(), "stage1Received", true, result);
        Integer stage2 = WholeNumbers.parse(form.stage2Received(), "stage2Received", true, result);
        Integer stage3 = WholeNumbers.parse(form.stage3Received(), "stage3Received", true, result);
        Integer representations = WholeNumbers.parse(form.representations(), "representations", false, result);
        Integer compliments = WholeNumbers.parse(form.compliments(), "compliments", false, result);
        Integer enquiries = WholeNumbers.parse(form.memberEnquiries(), "memberEnquiries", false, result);
        Integer stage1Responses = WholeNumbers.parse(form.stage1Responses(), "stage1Responses", false, result);
        Integer stage1OnTime = WholeNumbers.parse(form.stage1OnTime(), "stage1OnTime", false, result);
        Integer stage2Responses = WholeNumbers.parse(form.stage2Responses(), "stage2Responses", false, result);
        Integer stage2OnTime = WholeNumbers.parse(form.stage2OnTime(), "stage2OnTime", false, result);
        if (!result.hasErrors()) {
            try {
                HistoricalYear saved = years.save(new HistoricalYear(id, form.label().strip(),
                        new ReportPeriod(form.yearStart().toLocalDate().orElseThrow(),
                                form.yearEnd().toLocalDate().orElseThrow()),
                        stage1, stage2, stage3, representations, compliments, enquiries, stage1Responses, stage1OnTime,
                        stage2Responses, stage2OnTime, form.version()));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("historical.saved", saved.label()));
                return "redirect:/settings/reporting/history";
            } catch (Refusal refusal) {
                FormProblems.reject(result, refusal.field(), refusal.messageKey(), refusal.arguments());
            }
        }
        model.addAttribute("id", id);
        return "reporting/history-year";
    }
}
