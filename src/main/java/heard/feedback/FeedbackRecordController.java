package heard.feedback;

import heard.casework.CaseReference;
import heard.casework.Refusal;
import heard.web.DateParts;
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
import org.springframework.web.util.UriComponentsBuilder;

/** A compliment, comment or member enquiry: its details, the date it was answered, and whether a compliment is quoted. */
@Controller
@RequestMapping("/compliments/{reference}")
@PreAuthorize(FeedbackWeb.STAFF)
class FeedbackRecordController {

    private static final String ANSWER = "feedbackAnswer";
    private static final String QUOTE = "feedbackQuote";

    /** Feedbacks refuses a change with this key when the record changed since the page was drawn. */
    static final String CHANGED_MEANWHILE = "case.changedMeanwhile";

    private final Feedbacks feedbacks;
    private final FeedbackPages pages;

    FeedbackRecordController(Feedbacks feedbacks, FeedbackPages pages) {
        this.feedbacks = feedbacks;
        this.pages = pages;
    }

    record AnswerForm(DateParts respondedOn, Integer version) {

        AnswerForm {
            respondedOn = respondedOn == null ? DateParts.of(null) : respondedOn;
        }

        static AnswerForm of(Feedbacks.Versioned v) {
            return new AnswerForm(DateParts.of(v.record().respondedOn()), v.version());
        }
    }

    /** @param quotable whether the annual report quotes the compliment; null when neither answer was chosen */
    record QuoteForm(Boolean quotable, Integer version) {

        static QuoteForm of(Feedbacks.Versioned v) {
            return new QuoteForm(v.record().quotable(), v.version());
        }
    }

    static String path(CaseReference reference) {
        // Encoding the template first encodes the reference whole: a slash in it becomes %2F.
        return UriComponentsBuilder.fromPath("/compliments/{reference}").encode().buildAndExpand(reference.value())
                .toUriString();
    }

    @GetMapping
    String show(@PathVariable String reference, Model model) {
        return page(feedbacks.view(FeedbackPages.reference(reference)).orElseThrow(NotFoundException::new), model);
    }

    @PostMapping("/answer")
    String answer(@PathVariable String reference, @ModelAttribute(ANSWER) AnswerForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        CaseReference ref = FeedbackPages.reference(reference);
        form.respondedOn().validateRequired(result, "respondedOn");
        if (!result.hasErrors()) {
            try {
                feedbacks.answer(ref, version(form.version()), form.respondedOn().toLocalDate().orElseThrow());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("feedback.answered", ref.value()));
                return "redirect:" + path(ref);
            } catch (Refusal refusal) {
                return refused(ref, ANSWER, refusal, result, model);
            }
        }
        return page(current(ref), model);
    }

    @PostMapping("/quote")
    String quote(@PathVariable String reference, @ModelAttribute(QUOTE) QuoteForm form, BindingResult result,
                 Model model, RedirectAttributes redirect) {
        CaseReference ref = FeedbackPages.reference(reference);
        if (form.quotable() == null && !result.hasFieldErrors("quotable")) {
            result.rejectValue("quotable", "feedback.quotable.missing");
        }
        if (!result.hasErrors()) {
            try {
                feedbacks.quote(ref, version(form.version()), form.quotable());
                redirect.addFlashAttribute(Notice.ATTRIBUTE,
                        Notice.of(form.quotable() ? "feedback.quoted" : "feedback.notQuoted", ref.value()));
                return "redirect:" + path(ref);
            } catch (Refusal refusal) {
                return refused(ref, QUOTE, refusal, result, model);
            }
        }
        return page(current(ref), model);
    }

    /**
     * The page again with a refusal: when the record changed meanwhile, on the form drawn afresh from the
     * record as it is now, so that the page shows what a second try would change; otherwise on the form as sent.
     */
    private String refused(CaseReference ref, String form, Refusal refusal, BindingResult result, Model model) {
        Feedbacks.Versioned now = current(ref);
        if (CHANGED_MEANWHILE.equals(refusal.messageKey())) {
            FormProblems.showAfresh(model, form, form.equals(ANSWER) ? AnswerForm.of(now) : QuoteForm.of(now),
                    "form.changedMeanwhile");
        } else {
            FormProblems.reject(result, refusal.field(), refusal.messageKey(), refusal.arguments());
        }
        return page(now, model);
    }

    private Feedbacks.Versioned current(CaseReference reference) {
        return feedbacks.find(reference).orElseThrow(NotFoundException::new);
    }

    /** A version that is missing from the form (an edited page) matches no record's, so the change is refused. */
    static int version(Integer version) {
        return version == null ? -1 : version;
    }

    /** The record's page, with its forms as sent where a form was sent, and filled in from the record otherwise. */
    private String page(Feedbacks.Versioned v, Model model) {
        FeedbackRecord r = v.record();
        if (!model.containsAttribute(ANSWER)) {
            model.addAttribute(ANSWER, AnswerForm.of(v));
        }
        if (!model.containsAttribute(QUOTE)) {
            model.addAttribute(QUOTE, QuoteForm.of(v));
        }
        model.addAttribute("fb", r);
        model.addAttribute("importedFrom", v.importedFrom());
        model.addAttribute("area", pages.serviceAreaName(r.serviceAreaId()).orElse(null));
        model.addAttribute("team", pages.teamName(r.teamId()).orElse(null));
        model.addAttribute("issues", pages.issueNames(r.issueIds()));
        model.addAttribute("due", feedbacks.answerDue(r).orElse(null));
        return "feedback/record";
    }
}
