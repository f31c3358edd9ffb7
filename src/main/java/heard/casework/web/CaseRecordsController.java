package heard.casework.web;

import java.util.List;
import java.util.function.UnaryOperator;

import heard.casework.AdrKind;
import heard.casework.AdrSession;
import heard.casework.CaseView;
import heard.casework.Casework;
import heard.casework.Cost;
import heard.casework.CostKind;
import heard.casework.Money;
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

/** Records kept beside the procedure: conciliation or mediation, and the costs of handling the complaint. */
@Controller
@PreAuthorize(CaseworkWeb.CASE_ROLES)
class CaseRecordsController {

    private final Casework casework;
    private final CasePages pages;
    private final Choices choices;

    CaseRecordsController(Casework casework, CasePages pages, Choices choices) {
        this.casework = casework;
        this.pages = pages;
        this.choices = choices;
    }

    /** @param cost what it cost, as typed (optional) */
    record AdrForm(AdrKind kind, DateParts heldOn, String participants, String result, String cost, Integer version) {

        AdrForm {
            heldOn = heldOn == null ? DateParts.of(null) : heldOn;
        }
    }

    record CostForm(CostKind kind, String amount, DateParts incurredOn, Integer version) {

        CostForm {
            incurredOn = incurredOn == null ? DateParts.of(null) : incurredOn;
        }
    }

    @GetMapping("/cases/{reference}/record-adr")
    String adr(@PathVariable String reference, Model model) {
        CaseView view = pages.view(reference, Move.RECORD_ADR);
        model.addAttribute("kindItems", choices.of("adr.", List.of(AdrKind.values())));
        return pages.form(view, Move.RECORD_ADR, "record-adr",
                new AdrForm(null, DateParts.of(view.today()), "", "", "", view.complaint().version()), model);
    }

    @PostMapping("/cases/{reference}/record-adr")
    String adr(@PathVariable String reference, @ModelAttribute("caseForm") AdrForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        if (form.kind() == null) {
            result.rejectValue("kind", "adr.kind.missing");
        }
        form.heldOn().validateRequired(result, "heldOn");
        boolean costGiven = form.cost() != null && !form.cost().isBlank();
        if (costGiven && Money.parse(form.cost()).isEmpty()) {
            result.rejectValue("cost", "remedy.amount.invalid");
        }
        model.addAttribute("kindItems", choices.of("adr.", List.of(AdrKind.values())));
        return pages.submit(reference, Move.RECORD_ADR, "record-adr", form, result, model, redirect,
                UnaryOperator.identity(), ref -> casework.recordAdr(ref, StageMovesController.version(form.version()),
                        new AdrSession(form.kind(), form.heldOn().toLocalDate().orElseThrow(), form.participants(),
                                form.result()),
                        costGiven ? Money.parse(form.cost()).orElseThrow() : null));
    }

    @GetMapping("/cases/{reference}/record-cost")
    String cost(@PathVariable String reference, Model model) {
        CaseView view = pages.view(reference, Move.RECORD_COST);
        model.addAttribute("kindItems", choices.of("cost.", List.of(CostKind.values())));
        return pages.form(view, Move.RECORD_COST, "record-cost",
                new CostForm(null, "", DateParts.of(view.today()), view.complaint().version()), model);
    }

    @PostMapping("/cases/{reference}/record-cost")
    String cost(@PathVariable String reference, @ModelAttribute("caseForm") CostForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        if (form.kind() == null) {
            result.rejectValue("kind", "cost.kind.missing");
        }
        if (form.amount() == null || form.amount().isBlank()) {
            result.rejectValue("amount", "cost.amount.missing");
        } else if (Money.parse(form.amount()).isEmpty()) {
            result.rejectValue("amount", "remedy.amount.invalid");
        }
        form.incurredOn().validateRequired(result, "incurredOn");
        model.addAttribute("kindItems", choices.of("cost.", List.of(CostKind.values())));
        return pages.submit(reference, Move.RECORD_COST, "record-cost", form, result, model, redirect,
                UnaryOperator.identity(), ref -> casework.recordCost(ref, StageMovesController.version(form.version()),
                        new Cost(form.kind(), Money.parse(form.amount()).orElseThrow(),
                                form.incurredOn().toLocalDate().orElseThrow())));
    }
}
