package heard.casework.web;

import java.time.LocalDate;
import java.util.Locale;

import heard.casework.CaseView;
import heard.casework.Casework;
import heard.casework.Stage;
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
 * The moves that record the day something happened, and nothing else: an acknowledgement, the
 * answer to a representation, the agreed statement of complaint, the investigation report, the
 * panel's meeting and report, the clock restarting after a suspension, and closing the case.
 */
@Controller
@PreAuthorize(CaseworkWeb.CASE_ROLES)
class DateMovesController {

    static final String MOVES = "{move:acknowledge|answer-representation|agree-statement|record-investigation-report"
            + "|hold-panel|record-panel-report|resume|close}";

    private final Casework casework;
    private final CasePages pages;

    DateMovesController(Casework casework, CasePages pages) {
        this.casework = casework;
        this.pages = pages;
    }

    /** The day it happened, as typed; for an acknowledgement, the stage the person saw in progress. */
    record DateForm(DateParts on, Integer stage, Integer version) {

        DateForm {
            on = on == null ? DateParts.of(null) : on;
        }
    }

    @GetMapping("/cases/{reference}/" + MOVES)
    String form(@PathVariable String reference, @PathVariable("move") String slug, Model model) {
        Move move = move(slug);
        CaseView view = pages.view(reference, move);
        return pages.form(view, move, "date", new DateForm(DateParts.of(view.today()),
                view.complaint().currentStage().map(Stage::number).orElse(null), view.complaint().version()), model);
    }

    @PostMapping("/cases/{reference}/" + MOVES)
    String make(@PathVariable String reference, @PathVariable("move") String slug, @ModelAttribute("caseForm") DateForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        Move move = move(slug);
        form.on().validateRequired(result, "on");
        int version = form.version() == null ? -1 : form.version();
        LocalDate on = form.on().toLocalDate().orElse(null);
        // Every field a refusal of these moves names is the date.
        return pages.submit(reference, move, "date", form, result, model, redirect, field -> "on", ref -> {
            switch (move) {
                case ACKNOWLEDGE -> casework.acknowledge(ref, version, form.stage() == null ? 1 : form.stage(), on);
                case ANSWER_REPRESENTATION -> casework.answerRepresentation(ref, version, on);
                case AGREE_STATEMENT -> casework.agreeStatement(ref, version, on);
                case RECORD_INVESTIGATION_REPORT -> casework.recordInvestigationReport(ref, version, on);
                case HOLD_PANEL -> casework.holdPanel(ref, version, on);
                case RECORD_PANEL_REPORT -> casework.recordPanelReport(ref, version, on);
                case RESUME -> casework.resume(ref, version, on);
                case CLOSE -> casework.close(ref, version, on);
                default -> throw new IllegalStateException(move.name());
            }
        });
    }

    static Move move(String slug) {
        return Move.valueOf(slug.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
