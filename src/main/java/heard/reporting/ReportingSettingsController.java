package heard.reporting;

import heard.casework.Refusal;
import heard.web.FormProblems;
import heard.web.Notice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The complaints manager's reporting settings: the on-time target and the suppression of small numbers. */
@Controller
@PreAuthorize(ReportingWeb.MANAGERS)
class ReportingSettingsController {

    private final ReportingSettings settings;

    ReportingSettingsController(ReportingSettings settings) {
        this.settings = settings;
    }

    record SettingsForm(String onTimeTargetPercent, String suppressSmallNumbers, int version) {
    }

    @GetMapping("/settings/reporting")
    String show(Model model) {
        ReportingSettings.Values values = settings.current();
        model.addAttribute("reportingSettingsForm", new SettingsForm(String.valueOf(values.onTimeTargetPercent()),
                String.valueOf(values.suppressSmallNumbers()), values.version()));
        return "reporting/settings";
    }

    @PostMapping("/settings/reporting")
    String change(@ModelAttribute("reportingSettingsForm") SettingsForm form, BindingResult result, RedirectAttributes redirect) {
        Integer target = WholeNumbers.parse(form.onTimeTargetPercent(), "onTimeTargetPercent", true, result);
        if (form.suppressSmallNumbers() == null) {
            FormProblems.reject(result, "suppressSmallNumbers", "settings.reporting.suppress.missing");
        }
        if (!result.hasErrors()) {
            try {
                settings.change(new ReportingSettings.Values(target, Boolean.parseBoolean(form.suppressSmallNumbers()),
                        form.version()));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("settings.reporting.saved"));
                return "redirect:/settings/reporting";
            } catch (Refusal refusal) {
                FormProblems.reject(result, refusal.field(), refusal.messageKey(), refusal.arguments());
            }
        }
        return "reporting/settings";
    }
}
