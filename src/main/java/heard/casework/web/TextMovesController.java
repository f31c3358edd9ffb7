package heard.casework.web;

import heard.casework.CaseView;
import heard.casework.Casework;
import heard.casework.domain.Move;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The moves that record words and nothing else: accepting a late complaint, a note, reopening a case, lifting a restriction. */
@Controller
@PreAuthorize(CaseworkWeb.CASE_ROLES)
class TextMovesController {

    static final String MOVES = "{move:accept-late-complaint|add-note|reopen|lift-restriction}";

    private final Casework casework;
    private final CasePages pages;

    TextMovesController(Casework casework, CasePages pages) {
        this.casework = casework;
        this.pages = pages;
    }

    record TextForm(String text, Integer version) {
    }

    @GetMapping("/cases/{reference}/" + MOVES)
    String form(@PathVariable String reference, @PathVariable("move") String slug, Model model) {
        Move move = DateMovesController.move(slug);
        CaseView view = pages.view(reference, move);
        return pages.form(view, move, "text", new TextForm("", view.complaint().version()), model);
    }

    @PostMapping("/cases/{reference}/" + MOVES)
    String make(@PathVariable String reference, @PathVariable("move") String slug, @ModelAttribute("caseForm") TextForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        Move move = DateMovesController.move(slug);
        int version = form.version() == null ? -1 : form.version();
        // Every field a refusal of these moves names is the text.
        return pages.submit(reference, move, "text", form, result, model, redirect, field -> "text", ref -> {
            switch (move) {
                case ACCEPT_LATE_COMPLAINT -> casework.acceptLateComplaint(ref, version, form.text());
                case ADD_NOTE -> casework.addNote(ref, version, form.text());
                case REOPEN -> casework.reopen(ref, version, form.text());
                case LIFT_RESTRICTION -> casework.liftRestriction(ref, version, form.text());
                default -> throw new IllegalStateException(move.name());
            }
        });
    }
}
