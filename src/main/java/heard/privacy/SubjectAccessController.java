package heard.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import heard.casework.PersonSought;
import heard.casework.Refusal;
import heard.security.ConfirmedRecently;
import heard.web.DateParts;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Subject access and erasure requests: logging one, what Heard holds about the person, the bundle, erasure. */
@Controller
@PreAuthorize(PrivacyWeb.MANAGERS)
class SubjectAccessController {

    static final String PATH = "/privacy/requests";
    static final String FORM = "requestForm";

    private final SubjectAccessRequests requests;
    private final SubjectAccessBundle bundle;
    private final Clock clock;

    SubjectAccessController(SubjectAccessRequests requests, SubjectAccessBundle bundle, Clock clock) {
        this.requests = requests;
        this.bundle = bundle;
        this.clock = clock;
    }

    /** A request as typed. */
    record RequestForm(String kind, String name, String email, String phone, DateParts dateOfBirth,
                       DateParts receivedOn) {

        RequestForm {
            dateOfBirth = dateOfBirth == null ? DateParts.of(null) : dateOfBirth;
            receivedOn = receivedOn == null ? DateParts.of(null) : receivedOn;
        }
    }

    @GetMapping(PATH)
    String list(Model model) {
        model.addAttribute("requests", requests.all());
        model.addAttribute("today", LocalDate.now(clock));
        return "privacy/requests";
    }

    @GetMapping(PATH + "/new")
    String newRequest(Model model) {
        model.addAttribute(FORM, new RequestForm(null, null, null, null, null, DateParts.of(LocalDate.now(clock))));
        return "privacy/request-new";
    }

    @PostMapping(PATH + "/new")
    String log(@ModelAttribute(FORM) RequestForm form, BindingResult result, RedirectAttributes redirect) {
        SubjectAccessRequests.Kind kind = null;
        if (form.kind() == null || !List.of("ACCESS", "ERASURE").contains(form.kind())) {
            FormProblems.reject(result, "kind", "request.kind.missing");
        } else {
            kind = SubjectAccessRequests.Kind.valueOf(form.kind());
        }
        form.dateOfBirth().validateOptional(result, "dateOfBirth");
        form.receivedOn().validateRequired(result, "receivedOn");
        if (!result.hasErrors()) {
            try {
                long id = requests.log(new SubjectAccessRequests.NewRequest(kind, new PersonSought(form.name(),
                        form.email(), form.phone(), form.dateOfBirth().toLocalDate().orElse(null)),
                        form.receivedOn().toLocalDate().orElseThrow()));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("request.logged"));
                return "redirect:" + PATH + "/" + id;
            } catch (Refusal refusal) {
                FormProblems.reject(result, refusal.field(), refusal.messageKey(), refusal.arguments());
            }
        }
        return "privacy/request-new";
    }

    @GetMapping(PATH + "/{id}")
    String show(@PathVariable long id, Model model) {
        SubjectAccessRequests.Request request = request(id);
        model.addAttribute("request", request);
        SubjectAccessRequests.Held held = requests.held(request);
        model.addAttribute("records", held.records());
        model.addAttribute("byName", held.byName());
        model.addAttribute("today", LocalDate.now(clock));
        return "privacy/request";
    }

    @GetMapping(PATH + "/{id}/bundle.pdf")
    @ConfirmedRecently
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        SubjectAccessRequests.Request request = request(id);
        byte[] pdf = bundle.pdf(request, requests.held(request));
        requests.bundleGiven(request, "PDF");
        return download(pdf, MediaType.APPLICATION_PDF, "subject-access-" + id + ".pdf");
    }

    @GetMapping(PATH + "/{id}/bundle.json")
    @ConfirmedRecently
    ResponseEntity<byte[]> json(@PathVariable long id) {
        SubjectAccessRequests.Request request = request(id);
        byte[] json = bundle.json(request, requests.held(request));
        requests.bundleGiven(request, "JSON");
        return download(json, MediaType.APPLICATION_JSON, "subject-access-" + id + ".json");
    }

    @PostMapping(PATH + "/{id}/erase")
    String erase(@PathVariable long id, RedirectAttributes redirect) {
        List<SubjectAccessRequests.ErasureResult> results = requests.erase(request(id));
        redirect.addFlashAttribute("erasureResults", new ArrayList<>(results));
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("request.erasedCount",
                results.stream().filter(SubjectAccessRequests.ErasureResult::erased).count(), results.size()));
        return "redirect:" + PATH + "/" + id;
    }

    @PostMapping(PATH + "/{id}/answered")
    String answered(@PathVariable long id, RedirectAttributes redirect) {
        request(id);
        try {
            requests.answered(id);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("request.markedAnswered"));
        } catch (Refusal refusal) {
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of(refusal.messageKey()));
        }
        return "redirect:" + PATH + "/" + id;
    }

    private SubjectAccessRequests.Request request(long id) {
        return requests.find(id).orElseThrow(NotFoundException::new);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
