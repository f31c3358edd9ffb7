package heard.security.web;

import java.util.Map;
import java.util.Set;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.security.Role;
import heard.security.persistence.SecondFactorRepository;
import heard.web.FormProblems;
import heard.web.Notice;
import heard.web.SettingsLink;
import heard.web.SettingsStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator chooses who must use a second factor: administrators and complaints managers, or everyone. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class SecondFactorSettingsController {

    static final String PATH = "/settings/second-factor";
    static final String EVERYONE = "EVERYONE";
    static final String MANAGERS = "MANAGERS";

    private final SecondFactorRepository factors;
    private final AuditTrail audit;

    SecondFactorSettingsController(SecondFactorRepository factors, AuditTrail audit) {
        this.factors = factors;
        this.audit = audit;
    }

    record SecondFactorSettingsForm(String requiredFor, Integer version) {
    }

    @GetMapping(PATH)
    String form(Model model) {
        model.addAttribute("form", new SecondFactorSettingsForm(factors.requiredForEveryone() ? EVERYONE : MANAGERS,
                factors.settingsVersion()));
        return "security/second-factor-settings";
    }

    @PostMapping(PATH)
    @Transactional
    String save(@ModelAttribute("form") SecondFactorSettingsForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        if (!EVERYONE.equals(form.requiredFor()) && !MANAGERS.equals(form.requiredFor())) {
            FormProblems.reject(result, "requiredFor", "secondFactor.settings.requiredFor.missing");
            return "security/second-factor-settings";
        }
        boolean before = factors.requiredForEveryone();
        boolean everyone = EVERYONE.equals(form.requiredFor());
        if (form.version() == null || !factors.setRequiredForEveryone(everyone, form.version())) {
            FormProblems.showAfresh(model, "form", new SecondFactorSettingsForm(form.requiredFor(),
                    factors.settingsVersion()), "secondFactor.settings.changedMeanwhile");
            return "security/second-factor-settings";
        }
        audit.changed(new AuditSubject("security-settings", "second-factor"), "changed",
                everyone ? "Second factor required for everyone with a Heard password"
                        : "Second factor required for administrators and complaints managers",
                Map.of("requiredForEveryone", before), Map.of("requiredForEveryone", everyone));
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("secondFactor.settings.saved"));
        return "redirect:/settings";
    }

    @Configuration(proxyBeanMethods = false)
    static class SecondFactorSettingsNavigation {

        @Bean
        SettingsLink secondFactorSettings(SecondFactorRepository factors) {
            return new SettingsLink("secondFactor.settings.title", "secondFactor.settings.description", PATH, 45,
                    Set.of(Role.ADMINISTRATOR.authority()), () -> SettingsStatus.optional(factors.requiredForEveryone()
                            ? "secondFactor.settings.status.everyone" : "secondFactor.settings.status.managers"));
        }
    }
}
