package heard.publicform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import heard.casework.CaseReference;
import heard.casework.LogForm;
import heard.casework.Refusal;
import heard.organisation.Organisation;
import heard.organisation.ServiceArea;
import heard.web.FormProblems;
import heard.web.NotFoundException;
import heard.web.Notice;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * "New from the public": what waits for a complaints officer, oldest first; one submission in full,
 * with its files to download; and the officer's decision on it.
 */
@Controller
@PreAuthorize(PublicInbox.OPENERS)
class InboxController {

    static final String PATH = "/from-the-public";

    private final Inbox inbox;
    private final Organisation organisation;

    InboxController(Inbox inbox, Organisation organisation) {
        this.inbox = inbox;
        this.organisation = organisation;
    }

    /** The officer's decision as the page sends it. */
    record DecisionForm(Decision decision, NotForHeard reason, String note, Integer version) {
    }

    @GetMapping(PATH)
    String list(Model model) {
        model.addAttribute("waiting", inbox.waiting());
        model.addAttribute("decided", inbox.decided());
        model.addAttribute("areas", areaNames());
        return "publicform/inbox";
    }

    @GetMapping(PATH + "/{reference}")
    String show(@PathVariable String reference, Model model) {
        Submission s = inbox.view(reference).orElseThrow(NotFoundException::new);
        return page(model, s, new DecisionForm(null, null, null, s.version()));
    }

    @PostMapping(PATH + "/{reference}")
    String decide(@PathVariable String reference, @ModelAttribute("decisionForm") DecisionForm form, BindingResult result,
                  Model model, HttpSession session, RedirectAttributes redirect) {
        Submission s = inbox.view(reference).orElseThrow(NotFoundException::new);
        if (result.hasErrors() || form.decision() == null) {
            result.rejectValue("decision", "inbox.decision.missing");
            return page(model, s, form);
        }
        if (form.version() == null || form.version() != s.version()) {
            FormProblems.reject(result, null, "inbox.decidedMeanwhile", s.reference());
            return page(model, s, form);
        }
        try {
            if (form.decision().procedure().isPresent()) {
                return "redirect:" + LogForm.startFrom(session, inbox.complaint(s, form.decision().procedure().get()));
            }
            if (form.decision().feedbackType().isPresent()) {
                CaseReference logged = inbox.logFeedback(s, form.decision().feedbackType().get());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("inbox.logged", s.reference(), logged.value()));
                return "redirect:/compliments/" + logged.value();
            }
            inbox.markNotForHeard(s, form.reason(), form.note());
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("inbox.notForHeard.done", s.reference()));
            return "redirect:" + PATH;
        } catch (Refusal refusal) {
            FormProblems.reject(result, refusal.field(), refusal.messageKey(), refusal.arguments());
            return page(model, s, form);
        }
    }

    /** A file sent with a submission, downloaded (never shown in the browser) with the type read from its bytes. */
    @GetMapping(PATH + "/{reference}/files/{storedName}")
    ResponseEntity<byte[]> file(@PathVariable String reference, @PathVariable String storedName) {
        Submission s = inbox.view(reference).orElseThrow(NotFoundException::new);
        Attachment attachment = inbox.files(s).stream().filter(a -> a.storedName().equals(storedName)).findFirst()
                .orElseThrow(NotFoundException::new);
        byte[] content = inbox.file(s, storedName).orElseThrow(NotFoundException::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.originalName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    private String page(Model model, Submission s, DecisionForm form) {
        model.addAttribute("s", s);
        model.addAttribute("files", inbox.files(s));
        model.addAttribute("area", s.serviceAreaId() == null ? null
                : organisation.serviceArea(s.serviceAreaId()).map(ServiceArea::name).orElse(null));
        model.addAttribute("decisionForm", form);
        model.addAttribute("recordHref", s.recordReference() == null ? null
                : (s.decidedAs().feedbackType().isPresent() ? "/compliments/" : "/cases/")
                + org.springframework.web.util.UriUtils.encodePathSegment(s.recordReference(),
                        java.nio.charset.StandardCharsets.UTF_8));
        model.addAttribute("decisions", Decision.OFFERED);
        model.addAttribute("reasons", List.of(NotForHeard.values()));
        return "publicform/submission";
    }

    private Map<Long, String> areaNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        organisation.serviceAreas().forEach(a -> names.put(a.id(), a.name()));
        return names;
    }

    static String path(String reference) {
        return PATH + "/" + reference;
    }
}
