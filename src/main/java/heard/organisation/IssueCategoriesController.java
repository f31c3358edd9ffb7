package heard.organisation;

import heard.web.Notice;
import heard.web.NotFoundException;
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

/** The issue-category taxonomy: add, rename, retire, bring back. */
@Controller
@RequestMapping("/settings/issue-categories")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','COMPLAINTS_MANAGER')")
class IssueCategoriesController {

    private final Organisation organisation;
    private final OrganisationSettings settings;

    IssueCategoriesController(Organisation organisation, OrganisationSettings settings) {
        this.organisation = organisation;
        this.settings = settings;
    }

    record NewCategoryForm(String name) {
    }

    /** {@code retired} is a checkbox: absent (null) when unticked. */
    record CategoryForm(String name, Boolean retired, int version) {
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("categories", organisation.issueCategories());
        model.addAttribute("form", new NewCategoryForm(""));
        return "organisation/issue-categories";
    }

    @PostMapping
    String create(@ModelAttribute("form") NewCategoryForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        try {
            IssueCategory category = settings.addIssueCategory(form.name());
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("issueCategory.saved", category.name()));
            return "redirect:/settings/issue-categories";
        } catch (OrganisationProblem problem) {
            OrganisationErrors.reject(result, problem);
            model.addAttribute("categories", organisation.issueCategories());
            return "organisation/issue-categories";
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        IssueCategory category = organisation.issueCategory(id).orElseThrow(NotFoundException::new);
        model.addAttribute("category", category);
        model.addAttribute("form", new CategoryForm(category.name(), !category.active(), category.version()));
        return "organisation/issue-category-edit";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") CategoryForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        IssueCategory category = organisation.issueCategory(id).orElseThrow(NotFoundException::new);
        try {
            IssueCategory saved = settings.updateIssueCategory(id, form.version(), form.name(),
                    !Boolean.TRUE.equals(form.retired()));
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("issueCategory.saved", saved.name()));
            return "redirect:/settings/issue-categories";
        } catch (OrganisationProblem problem) {
            OrganisationErrors.reject(result, problem);
            model.addAttribute("category", category);
            return "organisation/issue-category-edit";
        }
    }
}
