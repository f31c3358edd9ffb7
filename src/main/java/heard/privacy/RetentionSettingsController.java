package heard.privacy;

import java.util.EnumMap;
import java.util.Map;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The retention periods, in Settings: how many years after its handling ends each class keeps personal data. */
@Controller
@RequestMapping(RetentionSettingsController.PATH)
@PreAuthorize(PrivacyWeb.SCHEDULE_KEEPERS)
class RetentionSettingsController {

    static final String PATH = "/settings/retention";
    static final String FORM = "retentionForm";

    private final RetentionSchedule schedule;

    RetentionSettingsController(RetentionSchedule schedule) {
        this.schedule = schedule;
    }

    /** The periods as typed, so that what was typed comes back with its error. Field names are {@link RecordClass#field()}. */
    record RetentionForm(String complaint, String compliment, String comment, String enquiry, String publicSubmission,
                         String staffMessage, String audit, Integer version) {

        static RetentionForm of(RetentionSchedule.Periods p) {
            return new RetentionForm(text(p, RecordClass.COMPLAINT), text(p, RecordClass.COMPLIMENT),
                    text(p, RecordClass.COMMENT), text(p, RecordClass.ENQUIRY), text(p, RecordClass.PUBLIC_SUBMISSION),
                    text(p, RecordClass.STAFF_MESSAGE), text(p, RecordClass.AUDIT), p.version());
        }

        private static String text(RetentionSchedule.Periods p, RecordClass c) {
            return String.valueOf(p.of(c));
        }

        String typed(RecordClass recordClass) {
            return switch (recordClass) {
                case COMPLAINT -> complaint;
                case COMPLIMENT -> compliment;
                case COMMENT -> comment;
                case ENQUIRY -> enquiry;
                case PUBLIC_SUBMISSION -> publicSubmission;
                case STAFF_MESSAGE -> staffMessage;
                case AUDIT -> audit;
            };
        }
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute(FORM, RetentionForm.of(schedule.periods()));
        return page(model);
    }

    @PostMapping
    String change(@ModelAttribute(FORM) RetentionForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        Map<RecordClass, Integer> years = new EnumMap<>(RecordClass.class);
        for (RecordClass recordClass : RecordClass.values()) {
            String typed = form.typed(recordClass) == null ? "" : form.typed(recordClass).strip();
            if (typed.isEmpty()) {
                FormProblems.reject(result, recordClass.field(), "retention.years.missing");
            } else if (!typed.matches("[0-9]{1,3}")) {
                FormProblems.reject(result, recordClass.field(), "retention.years.number");
            } else {
                years.put(recordClass, Integer.parseInt(typed));
            }
        }
        if (form.version() == null) {
            FormProblems.reject(result, null, "retention.changedMeanwhile");
        }
        if (!result.hasErrors()) {
            try {
                schedule.change(years, form.version());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("retentionSettings.saved"));
                return "redirect:" + PATH;
            } catch (Refusal refusal) {
                if (refusal.field() == null) {
                    FormProblems.showAfresh(model, FORM, RetentionForm.of(schedule.periods()), refusal.messageKey());
                    return page(model);
                }
                FormProblems.reject(result, refusal.field(), refusal.messageKey(), refusal.arguments());
            }
        }
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("classes", RecordClass.values());
        return "privacy/retention-settings";
    }
}
