package heard.casework;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import heard.casework.domain.CaseAccess;
import heard.casework.web.CasePages;
import heard.organisation.Organisation;
import heard.security.CurrentUser;
import heard.web.DateParts;
import heard.web.Notice;
import jakarta.servlet.http.HttpSession;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.SessionAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A complaints officer logs a complaint or representation: fills in one page, checks the answers on
 * the next and logs it from there (the GOV.UK check answers pattern). In between, the form waits in
 * the session as a draft, which logging uses up, so that a second press logs nothing. The draft carries
 * the submission's id, which the database holds to one case even when two presses arrive together.
 */
@Controller
@PreAuthorize("hasRole('COMPLAINTS_OFFICER')")
class LogComplaintController {

    static final String PATH = "/cases/new";
    private static final String DRAFT = "heard.casework.complaintDraft";

    /**
     * The form as filled in, and the id that logging it once and only once goes by; origin names where a
     * complaint made elsewhere came from (null for one the officer takes down).
     */
    record Draft(ComplaintForm form, UUID submission, String origin) implements Serializable {
    }

    /** A complaint made elsewhere becomes the draft, under its own submission id. */
    static void prefill(HttpSession session, ComplaintToLog c) {
        ComplaintForm form = new ComplaintForm(DateParts.of(c.receivedOn()), c.channel(), RecordType.COMPLAINT,
                c.complainantName(), c.complainantAddress(), c.complainantPhone(), c.complainantEmail(), c.role(), null,
                c.childName(), null, null, null, null, c.onChildsBehalf() ? "yes" : "no", c.childConsent(),
                c.advocacy(), null, c.serviceAreaId(), null, null, c.element() == null ? null : List.of(c.element()),
                c.desiredOutcome(), null, null, c.procedure(), null, null, null, null, null, null);
        session.setAttribute(DRAFT, new Draft(form, c.submission(), c.origin()));
    }

    private final Casework casework;
    private final CasePages pages;
    private final Organisation organisation;
    private final CurrentUser currentUser;

    LogComplaintController(Casework casework, CasePages pages, Organisation organisation, CurrentUser currentUser) {
        this.casework = casework;
        this.pages = pages;
        this.organisation = organisation;
        this.currentUser = currentUser;
    }

    /** Whether there is a draft, which the form page offers to start again from. */
    @ModelAttribute("drafted")
    boolean drafted(@SessionAttribute(name = DRAFT, required = false) Draft draft) {
        return draft != null;
    }

    /** Where the complaint being logged came from, when it was made elsewhere. */
    @ModelAttribute("origin")
    String origin(@SessionAttribute(name = DRAFT, required = false) Draft draft) {
        return draft == null ? null : draft.origin();
    }

    /**
     * Whether the officer logging a case would lose sight of it by restricting it: nobody is named on a case as it
     * is logged, so anyone who does not see every case.
     */
    @ModelAttribute("losesSight")
    boolean losesSight() {
        return !CaseAccess.seesEverything(currentUser.require());
    }

    /** The draft, to change it from the check page; otherwise a blank form. */
    @GetMapping("/cases/new")
    String form(@SessionAttribute(name = DRAFT, required = false) Draft draft, Model model) {
        return show(model, draft != null ? draft.form() : ComplaintForm.receivedOn(pages.today()));
    }

    /** Add another element sends the form back with one more box, checking nothing yet. */
    @PostMapping(path = "/cases/new", params = "addElement")
    String addElement(@ModelAttribute("caseForm") ComplaintForm form, BindingResult ignored, Model model) {
        return show(model, form.withAnotherElement());
    }

    @PostMapping(path = "/cases/new", params = "startAgain")
    String startAgain(HttpSession session) {
        session.removeAttribute(DRAFT);
        return "redirect:/cases/new";
    }

    /** A form that could be logged becomes the draft, to check before logging it. */
    @PostMapping("/cases/new")
    String keep(@ModelAttribute("caseForm") ComplaintForm form, BindingResult result, Model model, HttpSession session,
                @SessionAttribute(name = DRAFT, required = false) Draft before) {
        validate(form, result);
        if (result.hasErrors()) {
            return show(model, form);
        }
        // A complaint made elsewhere keeps its submission id, by which one case at most comes of it.
        session.setAttribute(DRAFT, before != null && before.origin() != null
                ? new Draft(form, before.submission(), before.origin())
                : new Draft(form, UUID.randomUUID(), null));
        return "redirect:/cases/new/check";
    }

    @GetMapping("/cases/new/check")
    String check(@SessionAttribute(name = DRAFT, required = false) Draft draft, Model model,
                 RedirectAttributes redirect) {
        if (draft == null) {
            return nothingToCheck(redirect);
        }
        NewComplaint complaint = draft.form().newComplaint(organisation);
        model.addAttribute("complaint", complaint);
        model.addAttribute("d", complaint.details());
        pages.detailsNames(model, complaint.details());
        return "casework/check";
    }

    /**
     * Logs the draft, checked again as settings may have changed since (a team closed, say); if it
     * can no longer be logged, the form again with the reasons, and the draft kept.
     */
    @PostMapping("/cases/new/check")
    String log(@SessionAttribute(name = DRAFT, required = false) Draft draft, Model model, HttpSession session,
               RedirectAttributes redirect) {
        if (draft == null) {
            return nothingToCheck(redirect);
        }
        ComplaintForm form = draft.form();
        BindingResult result = new BeanPropertyBindingResult(form, "caseForm");
        validate(form, result);
        if (!result.hasErrors()) {
            try {
                CaseReference reference = logOnce(form.newComplaint(organisation), draft.submission());
                session.removeAttribute(DRAFT);
                if (!form.restricted()) {
                    redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("log.done", reference.value()));
                    return CasePages.redirect(reference);
                }
                // Restricted to others, the case is no longer the officer's to see: not a page they are refused.
                if (!casework.stillSees(reference)) {
                    redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("log.done.outOfSight", reference.value()));
                    return "redirect:/cases";
                }
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("log.done.restricted", reference.value()));
                return CasePages.redirect(reference);
            } catch (Refusal refusal) {
                CasePages.reject(result, refusal);
            }
        }
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "caseForm", result);
        return show(model, form);
    }

    /** Another press of the button logging the same draft at the same moment: its case is this one's. */
    private CaseReference logOnce(NewComplaint complaint, UUID submission) {
        try {
            return casework.log(complaint, submission);
        } catch (DuplicateKeyException loggedByAnotherPress) {
            return casework.loggedBy(submission).orElseThrow(() -> loggedByAnotherPress);
        }
    }

    /** Every check logging makes, the case's own included, so that the check page shows what can be logged. */
    private void validate(ComplaintForm form, BindingResult result) {
        form.validateDetails(result, organisation);
        form.validateRouting(result);
        form.validateStillOffered(result, organisation, pages.today());
        form.validateRestriction(result);
        if (!result.hasErrors()) {
            try {
                casework.check(form.newComplaint(organisation));
            } catch (Refusal refusal) {
                CasePages.reject(result, refusal);
            }
        }
    }

    /** No draft: logged already, started again elsewhere, or the session ended. */
    private static String nothingToCheck(RedirectAttributes redirect) {
        redirect.addFlashAttribute("nothingToCheck", true);
        return "redirect:/cases/new";
    }

    private String show(Model model, ComplaintForm form) {
        model.addAttribute("caseForm", form);
        pages.detailsChoices(model, form);
        pages.routingChoices(model);
        pages.restrictionChoices(model);
        return "casework/log";
    }
}
