package heard.notify.web;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import heard.casework.CaseReference;
import heard.notify.correspondence.Addressee;
import heard.notify.correspondence.Correspondence;
import heard.notify.correspondence.CorrespondenceRefusedException;
import heard.notify.correspondence.Draft;
import heard.notify.correspondence.Letters;
import heard.notify.outbox.MessageChannel;
import heard.notify.outbox.SentMessage;
import heard.notify.reminders.StaffMessages;
import heard.notify.templates.TemplateKey;
import heard.web.FormProblems;
import heard.web.NotFoundException;
import heard.web.Notice;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Writing to the complainant from a case: choose a template, see it filled in for this case and where it can
 * go, then send it (an email) or make it (a letter to print); and each item kept on the case afterwards.
 */
@Controller
class CorrespondenceController {

    /** The roles that may see a case's correspondence; which cases, casework decides. */
    static final String READERS = "hasAnyRole('COMPLAINTS_OFFICER','COMPLAINTS_MANAGER','RESPONDING_MANAGER',"
            + "'SENIOR_MANAGER','CHILDRENS_RIGHTS_OFFICER','INVESTIGATOR')";
    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Correspondence correspondence;
    private final Letters letters;
    private final StaffMessages words;

    CorrespondenceController(Correspondence correspondence, Letters letters, StaffMessages words) {
        this.correspondence = correspondence;
        this.letters = letters;
        this.words = words;
    }

    record ChooseForm(String template) implements Serializable {
    }

    /**
     * @param channel     EMAIL or LETTER
     * @param emailSeen   the email address the preview showed, checked against the case as it is when sent
     * @param addressSeen the postal address the preview showed, likewise
     * @param submission  one press of Send
     */
    record SendForm(String template, String channel, String emailSeen, String addressSeen, String submission)
            implements Serializable {
    }

    @GetMapping("/cases/{reference}/correspondence/new")
    @PreAuthorize(NotifyWeb.WRITERS)
    String choose(@PathVariable String reference, Model model) {
        model.addAttribute("chooseForm", new ChooseForm(null));
        return choosePage(reference, model);
    }

    @PostMapping("/cases/{reference}/correspondence/new")
    @PreAuthorize(NotifyWeb.WRITERS)
    String chosen(@PathVariable String reference, @ModelAttribute("chooseForm") ChooseForm form, BindingResult result,
                  Model model) {
        TemplateKey key = form.template() == null ? null : TemplateKey.ofSlug(form.template());
        if (key == null || !key.aboutACase()) {
            result.rejectValue("template", "notify.choose.missing");
            return choosePage(reference, model);
        }
        return "redirect:" + path(reference, "/correspondence/preview") + "?template=" + key.slug();
    }

    @GetMapping("/cases/{reference}/correspondence/preview")
    @PreAuthorize(NotifyWeb.WRITERS)
    String preview(@PathVariable String reference, @RequestParam String template, Model model) {
        TemplateKey key = TemplateKey.ofSlug(template);
        if (key == null || !key.aboutACase()) {
            throw new NotFoundException();
        }
        Draft draft = draft(reference, key);
        String email = draft.addressees().stream().filter(a -> a.channel() == MessageChannel.EMAIL).map(Addressee::to)
                .findFirst().orElse(null);
        String address = draft.addressees().stream().filter(a -> a.channel() == MessageChannel.LETTER)
                .map(Addressee::to).findFirst().orElse(null);
        model.addAttribute("sendForm", new SendForm(key.slug(), draft.addressees().isEmpty() ? null
                : draft.addressees().get(0).channel().name(), email, address, UUID.randomUUID().toString()));
        return previewPage(draft, model);
    }

    @PostMapping("/cases/{reference}/correspondence")
    @PreAuthorize(NotifyWeb.WRITERS)
    String send(@PathVariable String reference, @ModelAttribute("sendForm") SendForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        TemplateKey key = form.template() == null ? null : TemplateKey.ofSlug(form.template());
        if (key == null || !key.aboutACase()) {
            return "redirect:" + path(reference, "/correspondence/new");
        }
        MessageChannel channel = Arrays.stream(MessageChannel.values()).filter(c -> c.name().equals(form.channel()))
                .findFirst().orElse(null);
        if (channel == null) {
            result.rejectValue("channel", "notify.send.chooseRecipient");
            return previewPage(draft(reference, key), model);
        }
        UUID submission;
        try {
            submission = UUID.fromString(form.submission());
        } catch (RuntimeException e) {
            // Not from the preview page: show it, with a Send of its own.
            return "redirect:" + path(reference, "/correspondence/preview") + "?template=" + key.slug();
        }
        try {
            long id = correspondence.send(new CaseReference(reference), key, channel,
                    channel == MessageChannel.EMAIL ? form.emailSeen() : form.addressSeen(), submission);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of(channel == MessageChannel.EMAIL
                    ? "notify.sent.email" : "notify.sent.letter", words.text(key.messageKey())));
            return "redirect:" + path(reference, "/correspondence/" + id);
        } catch (CorrespondenceRefusedException refused) {
            FormProblems.reject(result, refused.field() == null ? null : "channel", refused.messageKey());
            return previewPage(draft(reference, key), model);
        }
    }

    @GetMapping("/cases/{reference}/correspondence/{id}")
    @PreAuthorize(READERS)
    String item(@PathVariable String reference, @PathVariable long id, Model model) {
        model.addAttribute("m", item(reference, id));
        model.addAttribute("reference", reference);
        return "notify/item";
    }

    @GetMapping("/cases/{reference}/correspondence/{id}/letter.pdf")
    @PreAuthorize(READERS)
    ResponseEntity<byte[]> pdf(@PathVariable String reference, @PathVariable long id) {
        byte[] letter = letters.pdf(item(reference, id));
        correspondence.letterGiven(new CaseReference(reference), id, "pdf");
        return download(letter, MediaType.APPLICATION_PDF, reference + "-" + id + ".pdf");
    }

    @GetMapping("/cases/{reference}/correspondence/{id}/letter.docx")
    @PreAuthorize(READERS)
    ResponseEntity<byte[]> docx(@PathVariable String reference, @PathVariable long id) {
        byte[] letter = letters.docx(item(reference, id));
        correspondence.letterGiven(new CaseReference(reference), id, "docx");
        return download(letter, DOCX, reference + "-" + id + ".docx");
    }

    private SentMessage item(String reference, long id) {
        try {
            return correspondence.item(new CaseReference(reference), id);
        } catch (CorrespondenceRefusedException | org.springframework.dao.EmptyResultDataAccessException e) {
            throw new NotFoundException();
        }
    }

    private Draft draft(String reference, TemplateKey key) {
        try {
            return correspondence.draft(new CaseReference(reference), key);
        } catch (CorrespondenceRefusedException | IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }

    /** The choice of template, on a case the person may see: any other is a page that does not exist. */
    private String choosePage(String reference, Model model) {
        try {
            correspondence.requireCase(new CaseReference(reference));
        } catch (CorrespondenceRefusedException | IllegalArgumentException e) {
            throw new NotFoundException();
        }
        model.addAttribute("reference", reference);
        model.addAttribute("templateItems", Arrays.stream(TemplateKey.values()).filter(TemplateKey::aboutACase)
                .map(k -> java.util.Map.of("value", k.slug(), "text", words.text(k.messageKey()))).toList());
        return "notify/choose";
    }

    private String previewPage(Draft draft, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("reference", draft.caseReference());
        model.addAttribute("missing", draft.missing().isEmpty() ? null : draft.missing().stream()
                .map(f -> "((" + f.token() + "))").collect(java.util.stream.Collectors.joining(", ")));
        model.addAttribute("channelItems", draft.addressees().stream().map(a -> java.util.Map.of(
                "value", a.channel().name(),
                "text", words.text("notify.preview.to." + a.channel().name(),
                        a.name() == null ? words.text("case.anonymous") : a.name()),
                "hint", java.util.Map.of("text", a.to()))).toList());
        return "notify/preview";
    }

    /** A path under the case, its reference escaped as one segment. */
    static String path(String reference, String rest) {
        return UriComponentsBuilder.fromPath("/cases/{ref}").encode().buildAndExpand(reference).toUriString() + rest;
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
