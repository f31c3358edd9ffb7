package heard.learning;

import java.time.LocalDate;
import java.util.List;

import heard.casework.CaseReference;
import heard.casework.References;
import heard.casework.Refusal;
import heard.ombudsman.Ombudsman;
import heard.ombudsman.OmbudsmanRecord;
import heard.web.Choices;
import heard.web.FormProblems;
import heard.web.NotFoundException;
import heard.web.Notice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The remedies the Ombudsman asked for in its decision about a record: the list with their compliance, the form
 * that adds one, and the page that records one carried out.
 */
@Controller
@RequestMapping("/learning/ombudsman/{reference}")
@PreAuthorize(LearningWeb.OFFICERS)
class RemedyController {

    private static final String FORM = "remedyForm";
    private static final String COMPLY_FORM = "moveForm";

    private final Learning learning;
    private final Ombudsman ombudsman;
    private final References references;
    private final LearningPages pages;

    RemedyController(Learning learning, Ombudsman ombudsman, References references, LearningPages pages) {
        this.learning = learning;
        this.ombudsman = ombudsman;
        this.references = references;
        this.pages = pages;
    }

    @GetMapping
    String remedies(@PathVariable String reference, Model model) {
        CaseReference ref = reference(reference);
        model.addAttribute(FORM, RemedyForm.blank());
        return page(ref, model);
    }

    @PostMapping
    String ask(@PathVariable String reference, @ModelAttribute(FORM) RemedyForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        CaseReference ref = reference(reference);
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                learning.askRemedy(ref, form.kind(), form.money(), form.description(), form.dueOn().toLocalDate().orElse(null));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("learning.remedy.saved", ref.value()));
                return "redirect:" + LearningPaths.remedies(ref.value());
            } catch (Refusal refusal) {
                FormProblems.reject(result, refusal.field(), refusal.messageKey(), refusal.arguments());
            }
        }
        return page(ref, model);
    }

    private String page(CaseReference reference, Model model) {
        OmbudsmanRecord decision = ombudsman.find(reference).map(Ombudsman.Versioned::record).orElse(null);
        model.addAttribute("reference", reference.value());
        model.addAttribute("decision", decision);
        model.addAttribute("decided", decision != null && !decision.undecided() && decision.decidedOn() != null);
        model.addAttribute("remedies", learning.remedies(reference));
        model.addAttribute("today", pages.today());
        model.addAttribute("formAction", LearningPaths.remedies(reference.value()));
        model.addAttribute("backHref", LearningPaths.casePage(reference.value()));
        model.addAttribute("kindItems", kindItems());
        return "learning/remedies";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable String reference, @PathVariable long id, Model model) {
        CaseReference ref = reference(reference);
        OmbudsmanRemedy remedy = remedy(ref, id);
        model.addAttribute(FORM, RemedyForm.of(remedy));
        return editPage(ref, remedy, model);
    }

    /** A correction to a remedy, refused with the GOV.UK error summary if someone else changed it since the page was opened. */
    @PostMapping("/{id}/edit")
    String revise(@PathVariable String reference, @PathVariable long id, @ModelAttribute(FORM) RemedyForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        CaseReference ref = reference(reference);
        OmbudsmanRemedy remedy = remedy(ref, id);
        if (form.version() == null) {
            result.reject(RegisterController.CHANGED_MEANWHILE);
        }
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                learning.reviseRemedy(id, form.version(), form.kind(), form.money(), form.description(),
                        form.dueOn().toLocalDate().orElse(null));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("learning.remedy.changed"));
                return "redirect:" + LearningPaths.remedies(ref.value());
            } catch (Refusal refusal) {
                if (RegisterController.CHANGED_MEANWHILE.equals(refusal.messageKey())) {
                    // What the page shows is then what a second try would change: nothing of the other editor's is lost.
                    OmbudsmanRemedy now = remedy(ref, id);
                    FormProblems.showAfresh(model, FORM, RemedyForm.of(now), RegisterController.CHANGED_MEANWHILE);
                    return editPage(ref, now, model);
                }
                FormProblems.reject(result, refusal.field(), refusal.messageKey(), refusal.arguments());
            }
        }
        return editPage(ref, remedy, model);
    }

    private String editPage(CaseReference reference, OmbudsmanRemedy remedy, Model model) {
        model.addAttribute("reference", reference.value());
        model.addAttribute("remedy", remedy);
        model.addAttribute("formAction", LearningPaths.remedies(reference.value()) + "/" + remedy.id() + "/edit");
        model.addAttribute("backHref", LearningPaths.remedies(reference.value()));
        model.addAttribute("kindItems", kindItems());
        return "learning/remedy-edit";
    }

    private List<java.util.Map<String, Object>> kindItems() {
        return Choices.items(List.of(RemedyKind.values()), RemedyKind::name,
                k -> pages.message("learning.remedyKind." + k.name()));
    }

    @GetMapping("/{id}/comply")
    String complyForm(@PathVariable String reference, @PathVariable long id, Model model) {
        CaseReference ref = reference(reference);
        OmbudsmanRemedy remedy = remedy(ref, id);
        model.addAttribute(COMPLY_FORM, MoveForm.blank(remedy.version()));
        return complyPage(ref, remedy, model);
    }

    @PostMapping("/{id}/comply")
    String comply(@PathVariable String reference, @PathVariable long id, @ModelAttribute(COMPLY_FORM) MoveForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        CaseReference ref = reference(reference);
        OmbudsmanRemedy remedy = remedy(ref, id);
        form.on().validateRequired(result, "on");
        if (!result.hasErrors()) {
            try {
                LocalDate on = form.on().toLocalDate().orElseThrow();
                learning.comply(id, form.versionSeen(), on, form.evidence());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("learning.remedy.complied"));
                return "redirect:" + LearningPaths.remedies(ref.value());
            } catch (Refusal refusal) {
                FormProblems.reject(result, MoveForm.field(refusal.field()), refusal.messageKey(), refusal.arguments());
            }
        }
        return complyPage(ref, remedy, model);
    }

    private String complyPage(CaseReference reference, OmbudsmanRemedy remedy, Model model) {
        model.addAttribute("reference", reference.value());
        model.addAttribute("remedy", remedy);
        model.addAttribute("formAction", LearningPaths.remedies(reference.value()) + "/" + remedy.id() + "/comply");
        model.addAttribute("backHref", LearningPaths.remedies(reference.value()));
        return "learning/remedy-comply";
    }

    private OmbudsmanRemedy remedy(CaseReference reference, long id) {
        return learning.remedies(reference).stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private CaseReference reference(String path) {
        CaseReference reference = RegisterController.reference(path);
        if (!references.isTaken(reference.value()) || pages.hidden(reference.value(), "its Ombudsman remedies")) {
            throw new NotFoundException();
        }
        return reference;
    }
}
