package heard.casework.web;

import heard.casework.CaseView;
import heard.casework.Casework;
import heard.casework.Complaint;
import heard.casework.domain.CaseAccess;
import heard.casework.domain.Move;
import heard.casework.domain.RestrictionReason;
import heard.security.CurrentUser;
import heard.security.StaffMember;
import heard.web.Notice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Restricting a case to the staff named on it and complaints managers (lifting it is a text move, with
 * reasons). The page says who will see the case; an officer not named on it is told they will no longer see
 * it, and after restricting it is taken to the case list, since the case is no longer theirs to see.
 */
@Controller
@PreAuthorize(CaseworkWeb.CASE_ROLES)
class RestrictionController {

    private final Casework casework;
    private final CasePages pages;
    private final CurrentUser currentUser;

    RestrictionController(Casework casework, CasePages pages, CurrentUser currentUser) {
        this.casework = casework;
        this.pages = pages;
        this.currentUser = currentUser;
    }

    record RestrictForm(RestrictionReason reason, String otherReason, Integer version) {
    }

    @GetMapping("/cases/{reference}/restrict")
    String form(@PathVariable String reference, Model model) {
        CaseView view = pages.view(reference, Move.RESTRICT);
        return form(view, new RestrictForm(null, null, view.complaint().version()), model);
    }

    @PostMapping("/cases/{reference}/restrict")
    String restrict(@PathVariable String reference, @ModelAttribute("caseForm") RestrictForm form, BindingResult result,
                    Model model, RedirectAttributes redirect) {
        String page = pages.submit(reference, Move.RESTRICT, "restrict", form, result, model, redirect,
                field -> field, ref -> casework.restrict(ref, StageMovesController.version(form.version()),
                        form.reason(), form.otherReason()));
        if (model.getAttribute("view") instanceof CaseView shownAgain) {
            who(shownAgain, model);
        } else if (CasePages.reference(reference).filter(casework::stillSees).isEmpty()) {
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("done.RESTRICT.outOfSight", reference));
            return "redirect:/cases";
        }
        return page;
    }

    private String form(CaseView view, RestrictForm form, Model model) {
        who(view, model);
        return pages.form(view, Move.RESTRICT, "restrict", form, model);
    }

    /** The reasons offered, who will see the case once it is restricted, and whether that includes this person. */
    private void who(CaseView view, Model model) {
        pages.restrictionChoices(model);
        Complaint c = view.complaint();
        model.addAttribute("namedStaff", casework.namedOn(c).stream().map(StaffMember::displayName).toList());
        StaffMember me = currentUser.require();
        model.addAttribute("losesSight", !CaseAccess.seesEverything(me) && !c.namedStaff().contains(me.id()));
    }
}
