package heard.organisation;

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

/** The council's name, shown in every page's header and on reports. */
@Controller
@RequestMapping("/settings/council")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','COMPLAINTS_MANAGER')")
class CouncilController {

    private final Organisation organisation;
    private final OrganisationSettings settings;

    CouncilController(Organisation organisation, OrganisationSettings settings) {
        this.organisation = organisation;
        this.settings = settings;
    }

    record CouncilForm(String name, String contactEmail, String contactPhone, String contactAddress, int version) {
    }

    @GetMapping
    String form(Model model) {
        Council council = organisation.council();
        model.addAttribute("form", new CouncilForm(council.name(), council.contactEmail(), council.contactPhone(),
                council.contactAddress(), council.version()));
        return "organisation/council";
    }

    @PostMapping
    String save(@ModelAttribute("form") CouncilForm form, BindingResult result, RedirectAttributes redirect) {
        try {
            settings.saveCouncil(new Council(form.name(), form.contactEmail(), form.contactPhone(), form.contactAddress(),
                    form.version()));
        } catch (OrganisationProblem problem) {
            OrganisationErrors.reject(result, problem);
            return "organisation/council";
        }
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("council.saved"));
        return "redirect:/settings";
    }
}
