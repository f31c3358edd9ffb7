package heard.casework.web;

import java.time.LocalDate;

import heard.casework.CaseView;
import heard.casework.Casework;
import heard.casework.domain.Move;
import heard.web.DateParts;
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
 * Sending Stage 2's written statement of complaint to the complainant for agreement: the day it is sent and the day
 * they are asked to agree it by (left blank, the council's number of working days after sending). Sent again before
 * it is agreed, it is recorded as amended. Agreeing it is a date move ({@link DateMovesController}).
 */
@Controller
@PreAuthorize(CaseworkWeb.CASE_ROLES)
class StatementController {

    private final Casework casework;
    private final CasePages pages;

    StatementController(Casework casework, CasePages pages) {
        this.casework = casework;
        this.pages = pages;
    }

    /** As typed; {@code agreeBy} may be left blank. */
    record StatementForm(DateParts sentOn, DateParts agreeBy, Integer version) {

        StatementForm {
            sentOn = sentOn == null ? DateParts.of(null) : sentOn;
            agreeBy = agreeBy == null ? DateParts.of(null) : agreeBy;
        }
    }

    @GetMapping("/cases/{reference}/send-statement")
    String form(@PathVariable String reference, Model model) {
        CaseView view = pages.view(reference, Move.SEND_STATEMENT);
        return pages.form(view, Move.SEND_STATEMENT, "send-statement",
                new StatementForm(DateParts.of(view.today()), null, view.complaint().version()), model);
    }

    @PostMapping("/cases/{reference}/send-statement")
    String send(@PathVariable String reference, @ModelAttribute("caseForm") StatementForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        form.sentOn().validateRequired(result, "sentOn");
        form.agreeBy().validateOptional(result, "agreeBy");
        int version = form.version() == null ? -1 : form.version();
        LocalDate sentOn = form.sentOn().toLocalDate().orElse(null);
        LocalDate agreeBy = form.agreeBy().toLocalDate().orElse(null);
        return pages.submit(reference, Move.SEND_STATEMENT, "send-statement", form, result, model, redirect,
                field -> field, ref -> casework.sendStatement(ref, version, sentOn, agreeBy));
    }
}
