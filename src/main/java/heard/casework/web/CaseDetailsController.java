package heard.casework.web;

import java.util.List;
import java.util.function.UnaryOperator;

import heard.casework.CaseView;
import heard.casework.Casework;
import heard.casework.ComplaintForm;
import heard.casework.ProcedureKind;
import heard.casework.domain.Move;
import heard.casework.domain.OutOfScopeReason;
import heard.organisation.Organisation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Correcting what was recorded when the complaint arrived, and moving it to another procedure. */
@Controller
@PreAuthorize(CaseworkWeb.CASE_ROLES)
class CaseDetailsController {

    private final Casework casework;
    private final CasePages pages;
    private final Organisation organisation;
    private final Choices choices;

    CaseDetailsController(Casework casework, CasePages pages, Organisation organisation, Choices choices) {
        this.casework = casework;
        this.pages = pages;
        this.organisation = organisation;
        this.choices = choices;
    }

    record ProcedureForm(ProcedureKind procedure, OutOfScopeReason outOfScope, String reasons, Integer version) {
    }

    @GetMapping("/cases/{reference}/correct-details")
    String details(@PathVariable String reference, Model model) {
        CaseView view = pages.view(reference, Move.CORRECT_DETAILS);
        ComplaintForm form = ComplaintForm.of(view.complaint());
        pages.detailsChoices(model, form);
        return pages.form(view, Move.CORRECT_DETAILS, "correct-details", form, model);
    }

    /** Add another element sends the form back with one more box, checking nothing yet. */
    @PostMapping(path = "/cases/{reference}/correct-details", params = "addElement")
    String addElement(@PathVariable String reference, @ModelAttribute("caseForm") ComplaintForm form, BindingResult ignored,
                      Model model) {
        ComplaintForm more = form.withAnotherElement();
        pages.detailsChoices(model, more);
        return pages.form(pages.view(reference, Move.CORRECT_DETAILS), Move.CORRECT_DETAILS, "correct-details", more, model);
    }

    @PostMapping("/cases/{reference}/correct-details")
    String details(@PathVariable String reference, @ModelAttribute("caseForm") ComplaintForm form, BindingResult result,
                   Model model, RedirectAttributes redirect) {
        form.validateDetails(result, organisation);
        pages.detailsChoices(model, form);
        return pages.submit(reference, Move.CORRECT_DETAILS, "correct-details", form, result, model, redirect,
                UnaryOperator.identity(), ref -> casework.correctDetails(ref,
                        StageMovesController.version(form.version()), form.details(organisation)));
    }

    @GetMapping("/cases/{reference}/change-procedure")
    String procedure(@PathVariable String reference, Model model) {
        CaseView view = pages.view(reference, Move.CHANGE_PROCEDURE);
        procedureChoices(model);
        return pages.form(view, Move.CHANGE_PROCEDURE, "change-procedure",
                new ProcedureForm(null, null, "", view.complaint().version()), model);
    }

    @PostMapping("/cases/{reference}/change-procedure")
    String procedure(@PathVariable String reference, @ModelAttribute("caseForm") ProcedureForm form, BindingResult result,
                     Model model, RedirectAttributes redirect) {
        procedureChoices(model);
        return pages.submit(reference, Move.CHANGE_PROCEDURE, "change-procedure", form, result, model, redirect,
                UnaryOperator.identity(), ref -> casework.changeProcedure(ref, StageMovesController.version(form.version()),
                        form.procedure(), form.reasons(),
                        form.procedure() == ProcedureKind.NON_QUALIFYING ? form.outOfScope() : null));
    }

    private void procedureChoices(Model model) {
        model.addAttribute("procedureItems", choices.of("procedure.", List.of(ProcedureKind.values())));
        model.addAttribute("outOfScopeItems", choices.of("outOfScope.", List.of(OutOfScopeReason.values())));
    }
}
