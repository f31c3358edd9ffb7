package heard.ombudsman;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

import heard.casework.CaseReference;
import heard.casework.Refusal;
import heard.casework.References;
import heard.casework.RestrictedCases;
import heard.web.Choices;
import heard.web.FormProblems;
import heard.web.NotFoundException;
import heard.web.Notice;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Ombudsman's cases: every record the Ombudsman is involved in, most urgent first, and the page
 * that records a referral, decision, remedy and compliance for one of them.
 */
@Controller
@RequestMapping("/ombudsman")
@PreAuthorize(OmbudsmanWeb.STAFF)
class OmbudsmanController {

    private static final String FORM = "ombudsmanForm";
    /** Ombudsman refuses a change with this key when the record changed since the page was drawn. */
    private static final String CHANGED_MEANWHILE = "case.changedMeanwhile";
    /** The value of {@code from} when the form was opened from a case's page, to which it returns. */
    static final String FROM_CASE = "case";

    private final Ombudsman ombudsman;
    private final References references;
    private final RestrictedCases restrictedCases;
    private final MessageSource messages;
    private final Clock clock;

    OmbudsmanController(Ombudsman ombudsman, References references, RestrictedCases restrictedCases,
                        MessageSource messages, Clock clock) {
        this.ombudsman = ombudsman;
        this.restrictedCases = restrictedCases;
        this.references = references;
        this.messages = messages;
        this.clock = clock;
    }

    /** A row of the list, with whether its remedy is overdue today. */
    record Row(OmbudsmanRecord record, boolean overdue) {
    }

    /**
     * Three tables: remedies awaiting the council's compliance, earliest due first, so overdue ones
     * lead; open enquiries, longest open first; then the rest, most recently decided first.
     */
    @GetMapping
    String list(Model model) {
        LocalDate today = LocalDate.now(clock);
        List<OmbudsmanRecord> every = ombudsman.all().stream().map(Ombudsman.Versioned::record).toList();
        // A restricted case's Ombudsman record is listed only for those who may see the case.
        Set<String> hidden = restrictedCases.hiddenAmong(every.stream().map(r -> r.reference().value()).toList(),
                "the list of Ombudsman cases");
        List<OmbudsmanRecord> all = every.stream().filter(r -> !hidden.contains(r.reference().value())).toList();
        model.addAttribute("awaiting", rows(all.stream().filter(OmbudsmanRecord::awaitingCompliance)
                .sorted(Comparator.comparing(OmbudsmanRecord::remedyDueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(OmbudsmanRecord::decidedOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList(), today));
        model.addAttribute("open", rows(all.stream().filter(OmbudsmanRecord::undecided)
                .sorted(Comparator.comparing(OmbudsmanRecord::referredOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList(), today));
        model.addAttribute("decided", rows(all.stream().filter(r -> !r.undecided() && !r.awaitingCompliance())
                .sorted(Comparator.comparing(OmbudsmanRecord::decidedOn, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList(), today));
        return "ombudsman/list";
    }

    @GetMapping("/{reference}")
    String form(@PathVariable String reference, @RequestParam(required = false) String from, Model model) {
        CaseReference ref = reference(reference);
        model.addAttribute(FORM, ombudsman.view(ref).map(OmbudsmanForm::of).orElseGet(OmbudsmanForm::none));
        return page(ref, from, model);
    }

    @PostMapping("/{reference}")
    String save(@PathVariable String reference, @RequestParam(required = false) String from,
                @ModelAttribute(FORM) OmbudsmanForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        CaseReference ref = reference(reference);
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                ombudsman.record(form.record(ref), form.versionSeen());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("ombudsman.saved", ref.value()));
                return "redirect:" + back(ref, from);
            } catch (Refusal refusal) {
                if (CHANGED_MEANWHILE.equals(refusal.messageKey())) {
                    // Drawn afresh from the record as it is now, so that the page shows what a second try would change.
                    FormProblems.showAfresh(model, FORM, ombudsman.find(ref).map(OmbudsmanForm::of)
                            .orElseGet(OmbudsmanForm::none), "form.changedMeanwhile");
                } else {
                    FormProblems.reject(result, refusal.field(), refusal.messageKey(), refusal.arguments());
                }
            }
        }
        return page(ref, from, model);
    }

    /** The form's address, keeping where it was opened from. */
    static String path(CaseReference reference, String from) {
        // Encoding the template first encodes each variable whole: a slash in a reference becomes %2F.
        return UriComponentsBuilder.fromPath("/ombudsman/{reference}")
                .queryParamIfPresent("from", Optional.ofNullable(from).filter(FROM_CASE::equals))
                .encode().buildAndExpand(reference.value()).toUriString();
    }

    private String page(CaseReference reference, String from, Model model) {
        model.addAttribute("reference", reference.value());
        model.addAttribute("action", path(reference, from));
        model.addAttribute("backHref", back(reference, from));
        model.addAttribute("decisionItems", decisionItems((OmbudsmanForm) model.getAttribute(FORM)));
        return "ombudsman/form";
    }

    /**
     * The decisions, then "or" and "Not decided yet", checked when there is no decision: a radio's
     * value cannot be empty and still be checked by the bound value, so it is checked here.
     */
    private List<Map<String, Object>> decisionItems(OmbudsmanForm form) {
        List<Map<String, Object>> items = new ArrayList<>(Choices.items(List.of(OmbudsmanDecision.values()),
                OmbudsmanDecision::name, d -> message("ombudsmanDecision." + d.name())));
        items.add(Map.of("divider", message("ombudsman.form.or")));
        items.add(Map.of("value", "", "text", message("ombudsman.form.undecided"), "checked", form.decision() == null));
        return items;
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** Back to the case's page when the form was opened from it, else to the list of the Ombudsman's cases. */
    private static String back(CaseReference reference, String from) {
        return FROM_CASE.equals(from)
                ? UriComponentsBuilder.fromPath("/cases/{reference}").encode().buildAndExpand(reference.value()).toUriString()
                : "/ombudsman";
    }

    private List<Row> rows(List<OmbudsmanRecord> records, LocalDate today) {
        return records.stream().map(r -> new Row(r, r.remedyOverdueOn(today))).toList();
    }

    /**
     * The record in a page's address; a reference that no record has, or a case restricted to others than the
     * person signed in, is a page that does not exist.
     */
    private CaseReference reference(String path) {
        CaseReference reference;
        try {
            reference = new CaseReference(path);
        } catch (IllegalArgumentException notAReference) {
            throw new NotFoundException();
        }
        if (!references.isTaken(reference.value())
                || restrictedCases.hidden(reference.value(), "its Ombudsman record")) {
            throw new NotFoundException();
        }
        return reference;
    }
}
