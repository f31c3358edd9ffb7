package heard.casework;

import heard.organisation.Organisation;
import heard.web.Notice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A complaints officer logs a complaint or representation on one page. */
@Controller
@PreAuthorize("hasRole('COMPLAINTS_OFFICER')")
class LogComplaintController {

    private final Casework casework;
    private final CasePages pages;
    private final Organisation organisation;

    LogComplaintController(Casework casework, CasePages pages, Organisation organisation) {
        this.casework = casework;
        this.pages = pages;
        this.organisation = organisation;
    }

    @GetMapping("/cases/new")
    String form(Model model) {
        return show(model, ComplaintForm.receivedOn(pages.today()));
    }

    /** Add another element sends the form back with one more box, checking nothing yet. */
    @PostMapping(path = "/cases/new", params = "addElement")
    String addElement(@ModelAttribute("caseForm") ComplaintForm form, BindingResult ignored, Model model) {
        return show(model, form.withAnotherElement());
    }

    @PostMapping("/cases/new")
    String log(@ModelAttribute("caseForm") ComplaintForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        form.validateDetails(result, organisation);
        form.validateRouting(result);
        if (!result.hasErrors()) {
            try {
                CaseReference reference = casework.log(form.newComplaint(organisation));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("log.done", reference.value()));
                return CasePages.redirect(reference);
            } catch (Refusal refusal) {
                CasePages.reject(result, refusal);
            }
        }
        model.addAttribute("caseForm", form);
        pages.detailsChoices(model, form);
        pages.routingChoices(model);
        return "casework/log";
    }

    private String show(Model model, ComplaintForm form) {
        model.addAttribute("caseForm", form);
        pages.detailsChoices(model, form);
        pages.routingChoices(model);
        return "casework/log";
    }
}
