package heard.notify.web;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

import heard.notify.reminders.StaffMessages;
import heard.notify.templates.MergeField;
import heard.notify.templates.Template;
import heard.notify.templates.TemplateKey;
import heard.notify.templates.TemplateText;
import heard.notify.templates.Templates;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The templates of Heard's letters and emails, as the complaints manager edits them: the wording with its
 * merge fields, a preview with example values, and a way back to Heard's own wording.
 */
@Controller
@PreAuthorize(NotifyWeb.SETTINGS_ROLES)
class TemplatesController {

    private final Templates templates;
    private final StaffMessages words;

    TemplatesController(Templates templates, StaffMessages words) {
        this.templates = templates;
        this.words = words;
    }

    record TemplateForm(String subject, String body, Integer version) implements Serializable {
    }

    /** A merge field as the page lists it. */
    record FieldView(String token, String description) {
    }

    @GetMapping("/settings/templates")
    String list(Model model) {
        model.addAttribute("templates", templates.all());
        return "notify/templates";
    }

    @GetMapping("/settings/templates/{slug}")
    String edit(@PathVariable String slug, Model model) {
        Template template = templates.get(key(slug));
        model.addAttribute("templateForm", new TemplateForm(template.text().subject(), template.text().body(),
                template.version()));
        return page(template, model);
    }

    @PostMapping("/settings/templates/{slug}")
    String save(@PathVariable String slug, @ModelAttribute("templateForm") TemplateForm form, BindingResult result,
                @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        TemplateKey key = key(slug);
        TemplateText text = new TemplateText(key, form.subject(), form.body());
        for (TemplateText.Problem p : text.problems()) {
            FormProblems.reject(result, p.part() == TemplateText.Part.SUBJECT ? "subject" : "body", p.messageKey(),
                    p.field() == null ? new Object[0] : new Object[] {p.field()});
        }
        if (!result.hasErrors() && "preview".equals(action)) {
            model.addAttribute("preview", text.render(examples(key)));
        } else if (!result.hasErrors()) {
            try {
                templates.save(text, form.version() == null ? -1 : form.version());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("notifyTemplates.saved", words.text(key.messageKey())));
                return "redirect:/settings/templates";
            } catch (IllegalStateException changedMeanwhile) {
                FormProblems.reject(result, null, "notifyTemplates.changedMeanwhile");
            }
        }
        return page(templates.get(key), model);
    }

    @PostMapping("/settings/templates/{slug}/reset")
    String reset(@PathVariable String slug, RedirectAttributes redirect) {
        TemplateKey key = key(slug);
        templates.reset(key);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("notifyTemplates.reset", words.text(key.messageKey())));
        return "redirect:/settings/templates/" + key.slug();
    }

    private String page(Template template, Model model) {
        model.addAttribute("template", template);
        model.addAttribute("fields", template.key().fields().stream().sorted()
                .map(f -> new FieldView(f.token(), words.text(f.messageKey()))).toList());
        return "notify/template";
    }

    /** Example values for the preview, so that the manager sees each field filled. */
    private Map<MergeField, String> examples(TemplateKey key) {
        Map<MergeField, String> values = new EnumMap<>(MergeField.class);
        for (MergeField field : key.fields()) {
            values.put(field, words.text("notify.example." + field.token()));
        }
        return values;
    }

    private static TemplateKey key(String slug) {
        TemplateKey key = TemplateKey.ofSlug(slug);
        if (key == null) {
            throw new NotFoundException();
        }
        return key;
    }
}
