package heard.casework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import heard.casework.CaseworkSettings;
import heard.casework.CaseworkSettingsService;
import heard.casework.Refusal;
import heard.casework.domain.CorporateProcedure;
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

/** The council's casework settings: its reference style, acknowledgement standard and corporate procedure. */
@Controller
@PreAuthorize("hasAnyRole('COMPLAINTS_MANAGER','ADMINISTRATOR')")
class CaseworkSettingsController {

    private final CaseworkSettingsService settings;

    CaseworkSettingsController(CaseworkSettingsService settings) {
        this.settings = settings;
    }

    /** The settings as typed; a corporate stage beyond {@code stages} is ignored. */
    record SettingsForm(String referencePrefix, String acknowledgementDays, String statementAgreementDays,
                        String corporateAcknowledgementDays,
                        String stages, String stage1Target, String stage1Extension, String stage2Target,
                        String stage2Extension, String stage3Target, String stage3Extension, String requestWindowDays,
                        Integer version) {

        static SettingsForm of(CaseworkSettings s) {
            CorporateProcedure c = s.corporate();
            // Stages the council does not use yet are offered at the Code's Stage 2 timescale.
            List<CorporateProcedure.Step> steps = new ArrayList<>(c.steps());
            List<CorporateProcedure.Step> code = CorporateProcedure.complaintHandlingCode().steps();
            while (steps.size() < CorporateProcedure.MAXIMUM_STAGES) {
                steps.add(code.get(Math.min(steps.size(), code.size() - 1)));
            }
            return new SettingsForm(s.referencePrefix(), String.valueOf(s.acknowledgementDays()),
                    String.valueOf(s.statementAgreementDays()),
                    String.valueOf(c.acknowledgementDays()), String.valueOf(c.steps().size()),
                    String.valueOf(steps.get(0).targetDays()), String.valueOf(steps.get(0).extensionDays()),
                    String.valueOf(steps.get(1).targetDays()), String.valueOf(steps.get(1).extensionDays()),
                    String.valueOf(steps.get(2).targetDays()), String.valueOf(steps.get(2).extensionDays()),
                    String.valueOf(c.requestWindowDays()), s.version());
        }

        /** The settings, or null with the problems on the result. */
        CaseworkSettings settings(BindingResult result) {
            if (referencePrefix == null || !referencePrefix.strip().matches("[A-Za-z0-9]{1,10}")) {
                result.rejectValue("referencePrefix", "settings.referencePrefix.invalid");
            }
            Integer ack = days(result, "acknowledgementDays", acknowledgementDays, 1, 30);
            Integer statement = days(result, "statementAgreementDays", statementAgreementDays, 1, 30);
            Integer corporateAck = days(result, "corporateAcknowledgementDays", corporateAcknowledgementDays, 1, 30);
            Integer count = days(result, "stages", stages, 1, CorporateProcedure.MAXIMUM_STAGES);
            String[][] typed = {{"stage1Target", stage1Target, "stage1Extension", stage1Extension},
                {"stage2Target", stage2Target, "stage2Extension", stage2Extension},
                {"stage3Target", stage3Target, "stage3Extension", stage3Extension}};
            List<CorporateProcedure.Step> steps = new ArrayList<>();
            for (int i = 0; i < (count == null ? 0 : count); i++) {
                Integer target = days(result, typed[i][0], typed[i][1], 1, 100);
                Integer extension = days(result, typed[i][2], typed[i][3], 0, 100);
                if (target != null && extension != null) {
                    steps.add(new CorporateProcedure.Step(target, extension));
                }
            }
            Integer window = days(result, "requestWindowDays", requestWindowDays, 1, 100);
            if (result.hasErrors()) {
                return null;
            }
            return new CaseworkSettings(referencePrefix.strip().toUpperCase(Locale.ROOT), ack, statement,
                    new CorporateProcedure(corporateAck, steps, window), version == null ? -1 : version);
        }

        private static Integer days(BindingResult result, String field, String typed, int min, int max) {
            Integer value = StageMovesController.wholeNumber(typed);
            if (value == null || value < min || value > max) {
                result.rejectValue(field, "settings.days.invalid." + field, new Object[] {min, max}, null);
                return null;
            }
            return value;
        }
    }

    @GetMapping("/settings/complaints")
    String form(Model model) {
        model.addAttribute("caseForm", SettingsForm.of(settings.current()));
        return "casework/settings";
    }

    @PostMapping("/settings/complaints")
    String save(@ModelAttribute("caseForm") SettingsForm form, BindingResult result, RedirectAttributes redirect) {
        CaseworkSettings changed = form.settings(result);
        if (changed != null) {
            try {
                settings.save(changed);
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("caseworkSettings.saved"));
                return "redirect:/settings/complaints";
            } catch (Refusal refusal) {
                FormProblems.reject(result, refusal.field(), refusal.messageKey(), refusal.arguments());
            }
        }
        return "casework/settings";
    }
}
