package heard.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import heard.casework.Refusal;
import heard.web.FormProblems;
import heard.web.Notice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The complaints manager's retention review: what is past its period, approving its erasure, legal holds,
 * and the record of erasures.
 */
@Controller
@PreAuthorize(PrivacyWeb.MANAGERS)
class RetentionReviewController {

    static final String PATH = "/privacy/retention";
    static final String APPROVE_FORM = "approveForm";
    static final String HOLD_FORM = "holdForm";

    private final RetentionSchedule schedule;
    private final LegalHolds holds;
    private final Erasures erasures;
    private final Clock clock;

    RetentionReviewController(RetentionSchedule schedule, LegalHolds holds, Erasures erasures, Clock clock) {
        this.schedule = schedule;
        this.holds = holds;
        this.erasures = erasures;
        this.clock = clock;
    }

    /** The records chosen for erasure, by {@link RetentionSchedule.Due#key()}. */
    record ApproveForm(List<String> erase) {
    }

    record HoldForm(String reference, String reason) {
    }

    record ReleaseForm(String reference) {
    }

    @GetMapping(PATH)
    String show(Model model) {
        if (!model.containsAttribute(APPROVE_FORM)) {
            model.addAttribute(APPROVE_FORM, new ApproveForm(List.of()));
        }
        if (!model.containsAttribute(HOLD_FORM)) {
            model.addAttribute(HOLD_FORM, new HoldForm(null, null));
        }
        model.addAttribute("due", schedule.due());
        model.addAttribute("periods", schedule.periods());
        model.addAttribute("auditDue", schedule.auditDue());
        model.addAttribute("holds", holds.all());
        model.addAttribute("erasures", erasures.recent(50));
        model.addAttribute("zone", clock.getZone());
        return "privacy/retention-review";
    }

    @PostMapping(PATH + "/review")
    String review(RedirectAttributes redirect) {
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("retentionReview.reviewed", schedule.review()));
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/erase")
    String erase(@ModelAttribute(APPROVE_FORM) ApproveForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        if (form.erase() == null || form.erase().isEmpty()) {
            FormProblems.reject(result, "erase", "retentionReview.erase.none");
            return show(model);
        }
        RetentionSchedule.Outcome outcome = schedule.approve(form.erase());
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("retentionReview.erased", outcome.erased()));
        redirect.addFlashAttribute("notErased", new ArrayList<>(outcome.notErased()));
        return "redirect:" + PATH;
    }

    @PostMapping("/privacy/holds")
    String hold(@ModelAttribute(HOLD_FORM) HoldForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            holds.place(form.reference(), form.reason());
        } catch (Refusal refusal) {
            FormProblems.reject(result, refusal.field(), refusal.messageKey(), refusal.arguments());
            return show(model);
        }
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("hold.placed", form.reference().strip()));
        return "redirect:" + PATH;
    }

    @PostMapping("/privacy/holds/release")
    String release(ReleaseForm form, Model model, RedirectAttributes redirect) {
        try {
            holds.release(form.reference());
        } catch (Refusal refusal) {
            FormProblems.showAfresh(model, HOLD_FORM, new HoldForm(null, null), refusal.messageKey(), refusal.arguments());
            return show(model);
        }
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("hold.released", form.reference()));
        return "redirect:" + PATH;
    }
}
