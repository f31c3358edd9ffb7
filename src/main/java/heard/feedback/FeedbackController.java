package heard.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import heard.casework.CaseReference;
import heard.casework.Refusal;
import heard.organisation.Organisation;
import heard.web.FormProblems;
import heard.web.Notice;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The list of compliments, comments and member enquiries, newest first, and logging a new one. */
@Controller
@RequestMapping("/compliments")
@PreAuthorize(FeedbackWeb.STAFF)
class FeedbackController {

    static final int PAGE_SIZE = 25;

    private final Feedbacks feedbacks;
    private final FeedbackPages pages;
    private final Organisation organisation;

    FeedbackController(Feedbacks feedbacks, FeedbackPages pages, Organisation organisation) {
        this.feedbacks = feedbacks;
        this.pages = pages;
        this.organisation = organisation;
    }

    /** A row of the list; {@code due} only for a member enquiry. */
    record Row(FeedbackRecord record, String team, Feedbacks.AnswerDue due) {
    }

    /** The filter and page come as typed in the address: a value that is not one narrows nothing. */
    @GetMapping
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) String page,
                HttpServletRequest request, Model model) {
        FeedbackType chosen = Stream.of(FeedbackType.values()).filter(t -> t.name().equals(type)).findFirst().orElse(null);
        long total = feedbacks.count(chosen);
        int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(pageCount, Math.max(1, number(page)));
        List<Row> rows = feedbacks.recent(chosen, (current - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                .map(v -> new Row(v.record(), pages.teamName(v.record().teamId()).orElse(null),
                        feedbacks.answerDue(v.record()).orElse(null)))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("typeFilterItems", typeFilterItems(chosen));
        model.addAttribute("pagination", pagination(request.getContextPath(), chosen, current, pageCount));
        return "feedback/list";
    }

    @GetMapping("/new")
    String form(Model model) {
        FeedbackForm form = FeedbackForm.receivedOn(pages.today());
        model.addAttribute(FeedbackForm.MODEL, form);
        pages.formChoices(model, form);
        return "feedback/new";
    }

    @PostMapping("/new")
    String log(@ModelAttribute(FeedbackForm.MODEL) FeedbackForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        form.validate(result, organisation);
        if (!result.hasErrors()) {
            try {
                CaseReference reference = feedbacks.log(form.type(), form.receivedOn().toLocalDate().orElseThrow(),
                        form.channel(), form.role(), form.fromName(), form.fromContact(), form.serviceArea(organisation),
                        form.teamId(), form.issueIds(), form.summary());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("feedback.logged." + form.type().name(),
                        reference.value()));
                return "redirect:" + FeedbackRecordController.path(reference);
            } catch (Refusal refusal) {
                FormProblems.reject(result, refusal.field(), refusal.messageKey(), refusal.arguments());
            }
        }
        pages.formChoices(model, form);
        return "feedback/new";
    }

    /** Radios for the filter: every kind first, checked when no kind is chosen. */
    private List<Map<String, Object>> typeFilterItems(FeedbackType chosen) {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("", pages.message("feedback.list.filter.all"), chosen == null));
        for (FeedbackType t : FeedbackType.values()) {
            items.add(item(t.name(), pages.message("feedbackType.plural." + t.name()), t == chosen));
        }
        return items;
    }

    private static Map<String, Object> item(String value, String text, boolean checked) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("value", value);
        item.put("text", text);
        item.put("checked", checked);
        return item;
    }

    /** The GOV.UK pagination component's options: the first and last pages and those either side of this one. */
    private static Map<String, Object> pagination(String contextPath, FeedbackType type, int current, int pageCount) {
        if (pageCount <= 1) {
            return null;
        }
        Map<String, Object> options = new LinkedHashMap<>();
        if (current > 1) {
            options.put("previous", Map.of("href", href(contextPath, type, current - 1)));
        }
        if (current < pageCount) {
            options.put("next", Map.of("href", href(contextPath, type, current + 1)));
        }
        List<Map<String, Object>> items = new ArrayList<>();
        boolean gap = false;
        for (int n = 1; n <= pageCount; n++) {
            if (n == 1 || n == pageCount || Math.abs(n - current) <= 1) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("number", n);
                item.put("href", href(contextPath, type, n));
                item.put("current", n == current);
                items.add(item);
                gap = false;
            } else if (!gap) {
                items.add(Map.of("ellipsis", true));
                gap = true;
            }
        }
        options.put("items", items);
        return options;
    }

    private static String href(String contextPath, FeedbackType type, int page) {
        return UriComponentsBuilder.fromPath(contextPath + "/compliments")
                .queryParamIfPresent("type", Optional.ofNullable(type).map(Enum::name))
                .queryParam("page", page).build().toUriString();
    }

    private static int number(String text) {
        try {
            return text == null ? 1 : Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
