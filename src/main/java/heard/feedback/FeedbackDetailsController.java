package heard.feedback;

import heard.casework.CaseReference;
import heard.casework.Refusal;
import heard.organisation.Organisation;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Correcting what was recorded when a compliment, comment or enquiry came in: the fields of logging one, filled in. */
@Controller
@PreAuthorize(FeedbackWeb.STAFF)
class FeedbackDetailsController {

    private final Feedbacks feedbacks;
    private final FeedbackPages pages;
    private final Organisation organisation;

    FeedbackDetailsController(Feedbacks feedbacks, FeedbackPages pages, Organisation organisation) {
        this.feedbacks = feedbacks;
        this.pages = pages;
        this.organisation = organisation;
    }

    @GetMapping("/compliments/{reference}/details")
    String form(@PathVariable String reference, Model model) {
        Feedbacks.Versioned v = current(FeedbackPages.reference(reference));
        model.addAttribute(FeedbackForm.MODEL, FeedbackForm.of(v));
        return page(v, model);
    }

    @PostMapping("/compliments/{reference}/details")
    String correct(@PathVariable String reference, @ModelAttribute(FeedbackForm.MODEL) FeedbackForm form,
                   BindingResult result, Model model, RedirectAttributes redirect) {
        CaseReference ref = FeedbackPages.reference(reference);
        form.validate(result, organisation);
        if (!result.hasErrors()) {
            try {
                feedbacks.correct(ref, FeedbackRecordController.version(form.version()), form.type(),
                        form.receivedOn().toLocalDate().orElseThrow(), form.channel(), form.role(), form.fromName(),
                        form.fromContact(), form.serviceArea(organisation), form.teamId(), form.issueIds(),
                        form.summary());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("feedback.corrected", ref.value()));
                return "redirect:" + FeedbackRecordController.path(ref);
            } catch (Refusal refusal) {
                Feedbacks.Versioned now = current(ref);
                if (FeedbackRecordController.CHANGED_MEANWHILE.equals(refusal.messageKey())) {
                    // Drawn afresh from the record as it is now, as the record page does, so a second try is not refused.
                    FormProblems.showAfresh(model, FeedbackForm.MODEL, FeedbackForm.of(now), "form.changedMeanwhile");
                } else {
                    FormProblems.reject(result, refusal.field(), refusal.messageKey(), refusal.arguments());
                }
                return page(now, model);
            }
        }
        return page(current(ref), model);
    }

    private Feedbacks.Versioned current(CaseReference reference) {
        return feedbacks.find(reference).orElseThrow(NotFoundException::new);
    }

    private String page(Feedbacks.Versioned v, Model model) {
        model.addAttribute("reference", v.record().reference().value());
        pages.formChoices(model, (FeedbackForm) model.getAttribute(FeedbackForm.MODEL));
        return "feedback/details";
    }
}
