package heard.publicform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import heard.organisation.Organisation;
import heard.organisation.ServiceArea;
import heard.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.util.WebUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * The public form's three journeys (a complaint, a compliment, a comment or suggestion), each in the
 * adult version and the children and young people's: GOV.UK question pages, one question a page, then
 * check your answers, then the confirmation. The answers wait in the session ({@link Answers}); the next
 * page is always the first question that applies and has no answer yet, so changing an answer asks
 * whatever it brings. Open to everyone, without signing in.
 */
@Controller
class JourneyController {

    static final String START = "/feedback";
    static final String YOUNG = "/feedback/young-people";
    /** A field a person never sees or fills in; a program filling in every field does. */
    static final String HONEYPOT = "website";
    private static final String SENT = "heard.publicform.sent";

    private final Organisation organisation;
    private final Attachments attachments;
    private final PublicForm form;
    private final RateLimit rateLimit;
    private final FormSettings settings;
    private final MessageSource messages;
    private final java.time.Clock clock;

    JourneyController(Organisation organisation, Attachments attachments, PublicForm form, RateLimit rateLimit,
                      FormSettings settings, MessageSource messages, java.time.Clock clock) {
        this.organisation = organisation;
        this.attachments = attachments;
        this.form = form;
        this.rateLimit = rateLimit;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    /** A question page as the template draws it; options are the GOV.UK component's, but for the field's own. */
    record Page(String title, Question.Kind kind, String field, Map<String, Object> options, String back, String action,
                String button, String honeypotLabel) {
    }

    @GetMapping(YOUNG)
    String youngStart(Model model) {
        Words words = words(true, null);
        model.addAttribute("council", organisation.council());
        model.addAttribute("text", Stream.of("title", "intro", "who", "advocate", "start.complaint", "start.compliment",
                        "start.comment", "time", "adult")
                .collect(Collectors.toMap(k -> k, words::text)));
        return "publicform/young-start";
    }

    @GetMapping({START + "/{kind}", YOUNG + "/{kind}"})
    String begin(@PathVariable String kind, HttpServletRequest request, HttpSession session) {
        Answers answers = draft(session, kind(kind), young(request), true);
        return "redirect:" + next(answers);
    }

    @GetMapping({START + "/{kind}/{question}", YOUNG + "/{kind}/{question}"})
    String ask(@PathVariable String kind, @PathVariable String question, HttpServletRequest request,
               HttpSession session, Model model) {
        Answers answers = draft(session, kind(kind), young(request), true);
        Question q = Question.ofSlug(question).orElseThrow(NotFoundException::new);
        Optional<String> elsewhere = notYet(answers, q);
        if (elsewhere.isPresent()) {
            return "redirect:" + elsewhere.get();
        }
        return show(model, answers, q, new BeanPropertyBindingResult(answers, "answers"));
    }

    @PostMapping({START + "/{kind}/{question}", YOUNG + "/{kind}/{question}"})
    String answer(@PathVariable String kind, @PathVariable String question, HttpServletRequest request,
                  HttpServletResponse response, HttpSession session, Model model) {
        SubmissionKind k = kind(kind);
        Question q = Question.ofSlug(question).orElseThrow(NotFoundException::new);
        boolean young = young(request);
        refuseRobots(request);
        Answers answers = draft(session, k, young, false);
        if (answers == null) {
            return "redirect:" + base(young, k);
        }
        Optional<String> elsewhere = notYet(answers, q);
        if (elsewhere.isPresent()) {
            return "redirect:" + elsewhere.get();
        }
        BindingResult result = new BeanPropertyBindingResult(answers, "answers");
        Words words = words(young, k);
        if (q == Question.FILES) {
            return files(request, response, session, model, answers, result, words);
        }
        q.take(request.getParameterMap(), answers);
        q.validate(answers, openServiceAreas(), words, result);
        if (!result.hasErrors()) {
            answers.answered(q);
        }
        save(session, answers);
        return result.hasErrors() ? show(model, answers, q, result) : "redirect:" + next(answers);
    }

    /**
     * Files chosen are uploaded (checked, every one, before any is kept); a file can be removed; continue goes on.
     * Each upload counts towards the address's hourly limit.
     */
    private String files(HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model,
                         Answers answers, BindingResult result, Words words) {
        String remove = request.getParameter("remove");
        if (remove != null) {
            attachments.remove(answers.draftId(), remove);
            return "redirect:" + base(answers.young(), answers.kind()) + "/" + Question.FILES.slug();
        }
        // Found beneath any wrapper the filters put around the request.
        MultipartRequest multipart = WebUtils.getNativeRequest(request, MultipartRequest.class);
        List<MultipartFile> chosen = multipart != null
                ? multipart.getFiles("files").stream().filter(f -> !(f.isEmpty() && f.getOriginalFilename() != null
                        && f.getOriginalFilename().isEmpty())).toList()
                : List.of();
        if (!chosen.isEmpty()) {
            if (!rateLimit.allow(RateLimit.Action.UPLOAD, request.getRemoteAddr())) {
                return tooMany(response, model, words);
            }
            Optional<Attachments.Refused> refused = attachments.check(answers.draftId(), chosen);
            if (refused.isPresent()) {
                result.rejectValue("files", Words.RESOLVED, words.text(refused.get().key(), refused.get().arguments()));
                return show(model, answers, Question.FILES, result);
            }
            attachments.keep(answers.draftId(), chosen);
        }
        if (request.getParameter("continue") == null) {
            return "redirect:" + base(answers.young(), answers.kind()) + "/" + Question.FILES.slug();
        }
        answers.answered(Question.FILES);
        save(session, answers);
        return "redirect:" + next(answers);
    }

    @GetMapping({START + "/{kind}/check", YOUNG + "/{kind}/check"})
    String check(@PathVariable String kind, HttpServletRequest request, HttpSession session, Model model) {
        boolean young = young(request);
        Answers answers = draft(session, kind(kind), young, true);
        String next = next(answers);
        if (!next.endsWith("/check")) {
            return "redirect:" + next;
        }
        Words words = words(young, answers.kind());
        model.addAttribute("rows", rows(answers, words));
        model.addAttribute("files", attachments.ofDraft(answers.draftId()));
        model.addAttribute("page", new Page(words.text("check.title"), null, null, Map.of(),
                back(answers, null), base(young, answers.kind()) + "/check", words.text("check.send"),
                words.text("honeypot")));
        model.addAttribute("text", Map.of("heading", words.text("check.title"), "files", words.text("check.files"),
                "noFiles", words.text("check.noFiles"), "declaration", words.text("check.declaration"),
                "changeFiles", words.text("check.change")));
        model.addAttribute("filesHref", base(young, answers.kind()) + "/" + Question.FILES.slug());
        return "publicform/check";
    }

    /** Sends the answers, checked again, unless the address sent too many this hour. */
    @PostMapping({START + "/{kind}/check", YOUNG + "/{kind}/check"})
    String send(@PathVariable String kind, HttpServletRequest request, HttpServletResponse response,
                HttpSession session, Model model) {
        SubmissionKind k = kind(kind);
        boolean young = young(request);
        refuseRobots(request);
        Answers answers = draft(session, k, young, false);
        if (answers == null) {
            return "redirect:" + base(young, k);
        }
        Words words = words(young, k);
        Set<String> areas = openServiceAreas();
        for (Question q : Question.values()) {
            BindingResult result = new BeanPropertyBindingResult(answers, "answers");
            if (q.appliesTo(answers)) {
                q.validate(answers, areas, words, result);
            }
            if (result.hasErrors() || (q.appliesTo(answers) && !answers.hasAnswered(q))) {
                // A service area closed meanwhile, say: ask again.
                return "redirect:" + base(young, k) + "/" + q.slug();
            }
        }
        if (!rateLimit.allow(RateLimit.Action.SUBMIT, request.getRemoteAddr())) {
            return tooMany(response, model, words);
        }
        PublicForm.Sent sent = form.submit(answers);
        session.removeAttribute(key(k, young));
        session.setAttribute(SENT, sent);
        return "redirect:" + base(young, k) + "/sent";
    }

    @GetMapping({START + "/{kind}/sent", YOUNG + "/{kind}/sent"})
    String sent(@PathVariable String kind, HttpServletRequest request, HttpSession session, Model model) {
        SubmissionKind k = kind(kind);
        boolean young = young(request);
        Object sent = session.getAttribute(SENT);
        if (!(sent instanceof PublicForm.Sent s) || s.kind() != k || s.young() != young) {
            return "redirect:" + (young ? YOUNG : START);
        }
        Words words = words(young, k);
        Map<String, String> text = new LinkedHashMap<>();
        text.put("title", words.text("sent.title"));
        text.put("reference", words.text("sent.reference"));
        text.put("next", s.acknowledgeBy() == null ? words.text("sent.next.noDate", s.acknowledgementDays())
                : words.text("sent.next", s.acknowledgementDays(), heard.web.FormProblems.GOVUK_DATE.format(s.acknowledgeBy())));
        text.put("receipt", !s.emailGiven() ? words.text("sent.receipt.noEmail")
                : s.receiptQueued() ? words.text("sent.receipt.queued")
                : s.receiptsOffered() ? words.text("sent.receipt.notQueued") : words.text("sent.receipt.notYet"));
        text.put("ombudsmanHeading", words.text("sent.ombudsman.heading"));
        text.put("ombudsman", words.text("sent.ombudsman"));
        text.put("ombudsmanLink", words.text("sent.ombudsman.link"));
        text.put("another", words.text("sent.another"));
        model.addAttribute("sent", s);
        model.addAttribute("text", text);
        model.addAttribute("council", organisation.council());
        model.addAttribute("startHref", young ? YOUNG : START);
        return "publicform/sent";
    }

    // ------------------------------------------------------------------ the pages

    private String show(Model model, Answers answers, Question q, BindingResult result) {
        Words words = words(answers.young(), answers.kind());
        String field = q == Question.FILES ? "files" : q.field(answers);
        String slug = q == Question.CONTACT ? q.slug() + "." + answers.getReplyBy() : q.slug();
        String heading = words.text(slug + ".heading");
        Map<String, Object> options = new LinkedHashMap<>();
        String hint = words.optional(slug + ".hint");
        if (hint != null) {
            options.put("hint", Map.of("text", hint));
        }
        switch (q.kind()) {
            case RADIOS -> {
                options.put("fieldset", Map.of("legend", Map.of("text", heading, "isPageHeading", true,
                        "classes", "govuk-fieldset__legend--l")));
                options.put("items", items(q, answers, words));
            }
            case TEXTAREA -> {
                options.put("label", label(heading));
                options.put("rows", 8);
            }
            case INPUT -> {
                options.put("label", label(heading));
                inputAttributes(field, options);
            }
            case FILES -> {
                options.put("label", Map.of("text", words.text("files.choose"), "classes", "govuk-label--s"));
                options.put("attributes", Map.of("multiple", "multiple", "accept", ".pdf,.jpg,.jpeg,.png,.docx"));
                model.addAttribute("files", attachments.ofDraft(answers.draftId()));
                model.addAttribute("filesText", Map.of("upload", words.text("files.upload"),
                        "remove", words.text("files.remove"), "added", words.text("files.added"),
                        "none", words.text("files.none")));
            }
        }
        if (q == Question.ADVOCATE) {
            String contact = settings.advocacy().contact();
            model.addAttribute("advocacy", contact != null ? words.text("advocate.contact", contact)
                    : words.text("advocate.contact.none"));
        }
        String base = base(answers.young(), answers.kind());
        model.addAttribute("answers", answers);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "answers", result);
        model.addAttribute("formErrors", result.hasErrors());
        model.addAttribute("page", new Page(heading, q.kind(), field, options, back(answers, q), base + "/" + q.slug(),
                words.text("continue"), words.text("honeypot")));
        return "publicform/question";
    }

    private static Map<String, Object> label(String heading) {
        return Map.of("text", heading, "isPageHeading", true, "classes", "govuk-label--l");
    }

    private static void inputAttributes(String field, Map<String, Object> options) {
        switch (field) {
            case "email" -> {
                options.put("type", "email");
                options.put("autocomplete", "email");
                options.put("spellcheck", false);
            }
            case "phone" -> {
                options.put("type", "tel");
                options.put("autocomplete", "tel");
                options.put("classes", "govuk-input--width-20");
            }
            case "fromName" -> {
                options.put("autocomplete", "name");
                options.put("spellcheck", false);
            }
            default -> options.put("spellcheck", false);
        }
    }

    private List<Map<String, Object>> items(Question q, Answers a, Words words) {
        List<Map<String, Object>> items = new ArrayList<>();
        switch (q) {
            case WHO -> Stream.of(Writer.values()).forEach(w -> items.add(item(w.name(), words.text("who.item." + w.name()))));
            case CHILD_AGREES -> Stream.of(heard.casework.ChildConsent.values())
                    .forEach(c -> items.add(item(c.name(), words.text("child-agrees.item." + c.name()))));
            case ADVOCATE -> {
                items.add(item("yes", words.text("advocate.item.yes")));
                items.add(item("no", words.text("advocate.item.no")));
            }
            case SERVICE -> {
                organisation.serviceAreas().stream().filter(s -> s.openOn(today()))
                        .forEach(s -> items.add(item(String.valueOf(s.id()), s.name())));
                items.add(Map.of("divider", words.text("or")));
                items.add(item(Question.NOT_SURE, words.text("service.notSure")));
            }
            case REPLY -> Stream.of(ReplyBy.values()).filter(r -> r != ReplyBy.NONE || !a.isComplaint())
                    .forEach(r -> items.add(item(r.name(), words.text("reply.item." + r.name()))));
            default -> throw new IllegalArgumentException(q + " has no choices");
        }
        return items;
    }

    private static Map<String, Object> item(String value, String text) {
        return Map.of("value", value, "text", text);
    }

    /** The check page's rows: each question asked, its answer, and a link to change it. */
    private List<Map<String, Object>> rows(Answers a, Words words) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String base = base(a.young(), a.kind());
        for (Question q : Question.values()) {
            if (q == Question.FILES || !q.appliesTo(a)) {
                continue;
            }
            String key = words.text(q.slug() + ".check");
            String value = switch (q) {
                case WHO -> words.text("who.item." + a.getWriter());
                case CHILD_AGREES -> words.text("child-agrees.item." + a.getChildAgrees());
                case ADVOCATE -> words.text("advocate.item." + a.getAdvocate());
                case SERVICE -> Question.NOT_SURE.equals(a.getServiceArea()) ? words.text("service.notSure")
                        : organisation.serviceArea(Long.parseLong(a.getServiceArea())).map(ServiceArea::name).orElse("");
                case REPLY -> words.text("reply.item." + a.getReplyBy());
                default -> (String) org.springframework.beans.PropertyAccessorFactory.forBeanPropertyAccess(a)
                        .getPropertyValue(q.field(a));
            };
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", Map.of("text", key));
            row.put("value", Map.of("html", value == null || value.isEmpty() ? HtmlUtils.htmlEscape(words.text("check.notGiven"))
                    : "<span class=\"heard-address\">" + HtmlUtils.htmlEscape(value) + "</span>"));
            row.put("actions", Map.of("items", List.of(Map.of("href", base + "/" + q.slug(),
                    "text", words.text("check.change"), "visuallyHiddenText", key))));
            rows.add(row);
        }
        return rows;
    }

    // ------------------------------------------------------------------ the journey

    /** Where the person goes next: the first question that applies and is not answered, or the check page. */
    private static String next(Answers a) {
        String base = base(a.young(), a.kind());
        return Stream.of(Question.values()).filter(q -> q.appliesTo(a) && !a.hasAnswered(q)).findFirst()
                .map(q -> base + "/" + q.slug()).orElse(base + "/check");
    }

    /** Somewhere else to go, when this question does not apply or comes after one still to answer. */
    private static Optional<String> notYet(Answers a, Question q) {
        if (!q.appliesTo(a)) {
            return Optional.of(next(a));
        }
        boolean earlierUnanswered = Stream.of(Question.values())
                .takeWhile(earlier -> earlier != q).anyMatch(earlier -> earlier.appliesTo(a) && !a.hasAnswered(earlier));
        return earlierUnanswered ? Optional.of(next(a)) : Optional.empty();
    }

    /** The page before: the question that applies before this one (null: the check page), or the start page. */
    private static String back(Answers a, Question q) {
        List<Question> before = Stream.of(Question.values()).takeWhile(earlier -> earlier != q)
                .filter(earlier -> earlier.appliesTo(a)).toList();
        return before.isEmpty() ? (a.young() ? YOUNG : START)
                : base(a.young(), a.kind()) + "/" + before.get(before.size() - 1).slug();
    }

    static String base(boolean young, SubmissionKind kind) {
        return (young ? YOUNG : START) + "/" + kind.slug();
    }

    private static SubmissionKind kind(String slug) {
        return SubmissionKind.ofSlug(slug).orElseThrow(NotFoundException::new);
    }

    private static boolean young(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + YOUNG + "/");
    }

    private static String key(SubmissionKind kind, boolean young) {
        return "heard.publicform." + (young ? "young." : "") + kind.slug();
    }

    private static Answers draft(HttpSession session, SubmissionKind kind, boolean young, boolean create) {
        Object found = session.getAttribute(key(kind, young));
        if (found instanceof Answers answers) {
            return answers;
        }
        if (!create) {
            return null;
        }
        Answers answers = new Answers(kind, young);
        save(session, answers);
        return answers;
    }

    /** Set again after every change: the session store saves what is set, not what changes inside it. */
    private static void save(HttpSession session, Answers answers) {
        session.setAttribute(key(answers.kind(), answers.young()), answers);
    }

    private Words words(boolean young, SubmissionKind kind) {
        return new Words(messages, settings.wording(), young, kind, LocaleContextHolder.getLocale());
    }

    private Set<String> openServiceAreas() {
        return organisation.serviceAreas().stream().filter(s -> s.openOn(today())).map(s -> String.valueOf(s.id()))
                .collect(Collectors.toSet());
    }

    private java.time.LocalDate today() {
        return java.time.LocalDate.now(clock.withZone(PublicForm.COUNCIL_ZONE));
    }

    /** A form with the hidden field filled in was not filled in by a person: refused, and nothing kept. */
    private static void refuseRobots(HttpServletRequest request) {
        String honeypot = request.getParameter(HONEYPOT);
        if (honeypot != null && !honeypot.isEmpty()) {
            throw new Refused(400, "refused.robot");
        }
    }

    private String tooMany(HttpServletResponse response, Model model, Words words) {
        response.setStatus(429);
        model.addAttribute("title", words.text("refused.tooMany.title"));
        model.addAttribute("body", words.text("refused.tooMany"));
        return "publicform/refused";
    }
}
