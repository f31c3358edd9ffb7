package heard.learning;

import heard.casework.Refusal;
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

/** The complaints manager's list of themes: add one, rename one, retire one or bring it back. */
@Controller
@RequestMapping("/learning/themes")
@PreAuthorize(LearningWeb.MANAGERS)
class ThemesController {

    private static final String FORM = "themeForm";

    private final Learning learning;

    ThemesController(Learning learning) {
        this.learning = learning;
    }

    @GetMapping
    String themes(Model model) {
        model.addAttribute(FORM, new ThemeForm(null, null, null));
        return listPage(model);
    }

    @PostMapping
    String add(@ModelAttribute(FORM) ThemeForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            Theme theme = learning.addTheme(form.name());
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("learning.theme.added", theme.name()));
            return "redirect:/learning/themes";
        } catch (Refusal refusal) {
            FormProblems.reject(result, refusal.field(), refusal.messageKey(), refusal.arguments());
        }
        return listPage(model);
    }

    private String listPage(Model model) {
        model.addAttribute("themes", learning.themes());
        return "learning/themes";
    }

    @GetMapping("/{id}")
    String themeForm(@PathVariable long id, Model model) {
        Theme theme = theme(id);
        model.addAttribute(FORM, new ThemeForm(theme.name(), theme.retired(), theme.version()));
        model.addAttribute("theme", theme);
        return "learning/theme";
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @ModelAttribute(FORM) ThemeForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        Theme theme = theme(id);
        try {
            learning.changeTheme(id, form.versionSeen(), form.name(), form.isRetired());
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("learning.theme.changed", form.name().strip()));
            return "redirect:/learning/themes";
        } catch (Refusal refusal) {
            FormProblems.reject(result, refusal.field(), refusal.messageKey(), refusal.arguments());
        }
        model.addAttribute("theme", theme);
        return "learning/theme";
    }

    private Theme theme(long id) {
        return learning.themes().stream().filter(t -> t.id() == id).findFirst().orElseThrow(NotFoundException::new);
    }
}
