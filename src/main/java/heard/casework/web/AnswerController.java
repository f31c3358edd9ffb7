package heard.casework.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import heard.casework.CaseView;
import heard.casework.Casework;
import heard.casework.ElementFinding;
import heard.casework.Money;
import heard.casework.Outcome;
import heard.casework.Refusal;
import heard.casework.Remedy;
import heard.casework.RemedyType;
import heard.casework.Stage;
import heard.casework.domain.Move;
import heard.security.Role;
import heard.security.StaffDirectory;
import heard.security.StaffMember;
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
 * A stage's answer: a response (Stage 1, a corporate stage, or the authority's response to the
 * review panel) or a senior manager's Stage 2 adjudication. The same page: the date, the overall
 * outcome, a finding with reasons for each numbered element, remedies, and actions.
 */
@Controller
@PreAuthorize(CaseworkWeb.CASE_ROLES)
class AnswerController {

    private final Casework casework;
    private final CasePages pages;
    private final StaffDirectory staff;
    private final Choices choices;

    AnswerController(Casework casework, CasePages pages, StaffDirectory staff, Choices choices) {
        this.casework = casework;
        this.pages = pages;
        this.staff = staff;
        this.choices = choices;
    }

    /** The finding on one element: index 0 is element 1. */
    record FindingForm(Outcome finding, String reasons) {
    }

    /**
     * @param elements     how many numbered elements the complaint had when the form was drawn: a
     *                     finding left unanswered still has its question when the form comes back
     * @param remedyAmount by remedy type's name: the amount of a payment, as typed
     * @param remedyNote   by remedy type's name: what was done
     * @param actions      one action a line
     */
    record AnswerForm(Long adjudicatorId, DateParts respondedOn, Outcome outcome, Integer elements, List<FindingForm> findings,
                      List<RemedyType> remedies, Map<String, String> remedyAmount, Map<String, String> remedyNote,
                      String actions, Integer stage, Integer version) {

        AnswerForm {
            respondedOn = respondedOn == null ? DateParts.of(null) : respondedOn;
            List<FindingForm> all = new ArrayList<>();
            int count = Math.max(elements == null ? 0 : elements, findings == null ? 0 : findings.size());
            for (int i = 0; i < count; i++) {
                FindingForm given = findings != null && i < findings.size() ? findings.get(i) : null;
                all.add(given == null ? new FindingForm(null, "") : given);
            }
            findings = all;
            remedies = remedies == null ? List.of() : remedies;
            remedyAmount = remedyAmount == null ? Map.of() : remedyAmount;
            remedyNote = remedyNote == null ? Map.of() : remedyNote;
        }

        void validate(BindingResult result, boolean adjudication) {
            if (adjudication && adjudicatorId == null) {
                result.rejectValue("adjudicatorId", "adjudicate.notASeniorManager");
            }
            respondedOn.validateRequired(result, "respondedOn");
            for (RemedyType type : remedies) {
                String amount = remedyAmount.get(type.name());
                if (type.isPayment() && (amount == null || amount.isBlank())) {
                    result.rejectValue("remedyAmount[" + type.name() + "]", "remedy.amount.missing");
                } else if (type.isPayment() && Money.parse(amount).isEmpty()) {
                    result.rejectValue("remedyAmount[" + type.name() + "]", "remedy.amount.invalid");
                }
            }
        }

        List<ElementFinding> elementFindings() {
            List<ElementFinding> list = new ArrayList<>();
            for (int i = 0; i < findings.size(); i++) {
                FindingForm f = findings.get(i);
                if (f != null && f.finding() != null) {
                    list.add(new ElementFinding(i + 1, f.finding(), f.reasons()));
                }
            }
            return list;
        }

        List<Remedy> givenRemedies() {
            return remedies.stream().map(type -> new Remedy(type,
                    type.isPayment() ? Money.parse(remedyAmount.get(type.name())).orElseThrow() : null,
                    remedyNote.get(type.name()))).toList();
        }

        List<String> actionList() {
            return actions == null ? List.of() : Arrays.stream(actions.split("\\R")).map(String::strip)
                    .filter(a -> !a.isEmpty()).toList();
        }
    }

    @GetMapping("/cases/{reference}/respond")
    String respond(@PathVariable String reference, Model model) {
        return show(pages.view(reference, Move.RESPOND), Move.RESPOND, model);
    }

    @GetMapping("/cases/{reference}/adjudicate")
    String adjudicate(@PathVariable String reference, Model model) {
        return show(pages.view(reference, Move.ADJUDICATE), Move.ADJUDICATE, model);
    }

    @PostMapping("/cases/{reference}/respond")
    String respond(@PathVariable String reference, @ModelAttribute("caseForm") AnswerForm form, BindingResult result,
                   Model model, RedirectAttributes redirect) {
        form.validate(result, false);
        choices(model, Move.RESPOND);
        return pages.submit(reference, Move.RESPOND, "answer", form, result, model, redirect, UnaryOperator.identity(),
                ref -> pointAtElement(() -> casework.respond(ref, StageMovesController.version(form.version()),
                        form.stage() == null ? 1 : form.stage(), form.respondedOn().toLocalDate().orElseThrow(),
                        form.outcome(), form.elementFindings(), form.givenRemedies(), form.actionList())));
    }

    @PostMapping("/cases/{reference}/adjudicate")
    String adjudicate(@PathVariable String reference, @ModelAttribute("caseForm") AnswerForm form, BindingResult result,
                      Model model, RedirectAttributes redirect) {
        form.validate(result, true);
        choices(model, Move.ADJUDICATE);
        return pages.submit(reference, Move.ADJUDICATE, "answer", form, result, model, redirect, UnaryOperator.identity(),
                ref -> pointAtElement(() -> casework.adjudicate(ref, StageMovesController.version(form.version()),
                        form.adjudicatorId(), form.respondedOn().toLocalDate().orElseThrow(), form.outcome(),
                        form.elementFindings(), form.givenRemedies(), form.actionList())));
    }

    private String show(CaseView view, Move move, Model model) {
        int elements = view.complaint().details().elements().size();
        Stage stage = view.complaint().currentStage().orElseThrow();
        choices(model, move);
        return pages.form(view, move, "answer", new AnswerForm(null, DateParts.of(view.today()), null, elements, null, List.of(),
                Map.of(), Map.of(), "", stage.number(), view.complaint().version()), model);
    }

    private void choices(Model model, Move move) {
        List<Outcome> findings = Arrays.stream(Outcome.values()).filter(Outcome::isFinding).toList();
        model.addAttribute("outcomeItems", choices.of("outcome.", findings));
        if (move == Move.ADJUDICATE) {
            List<StaffMember> seniors = new ArrayList<>(staff.withRole(Role.SENIOR_MANAGER));
            seniors.sort(Comparator.comparing(StaffMember::displayName));
            model.addAttribute("adjudicatorItems", choices.select("form.choose", seniors, StaffMember::id,
                    StaffMember::displayName));
        }
    }

    /** A missing or doubled finding is shown against that element's question rather than the page. */
    private static void pointAtElement(Runnable answer) {
        try {
            answer.run();
        } catch (Refusal refusal) {
            Optional<Integer> element = switch (refusal.messageKey()) {
                case "findings.missing", "findings.duplicate" -> Optional.of((Integer) refusal.arguments()[0]);
                default -> Optional.empty();
            };
            throw element.map(e -> new Refusal("findings[" + (e - 1) + "].finding", refusal.messageKey(),
                    refusal.arguments())).orElse(refusal);
        }
    }
}
