package heard.learning;

import java.util.List;

import heard.casework.CaseReference;
import heard.casework.References;
import heard.casework.RestrictedCases;
import heard.casework.Refusal;
import heard.security.CurrentUser;
import heard.security.Role;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The learning register: its actions, filtered by team, theme, status and overdue, and its lessons; the page that
 * records a lesson and the page of one lesson.
 */
@Controller
@RequestMapping("/learning")
@PreAuthorize(LearningWeb.READERS)
class RegisterController {

    private static final String LESSON_FORM = "lessonForm";
    static final String CHANGED_MEANWHILE = "learning.changedMeanwhile";

    private final Learning learning;
    private final LearningPages pages;
    private final CurrentUser currentUser;
    private final References references;
    private final RestrictedCases restrictedCases;

    RegisterController(Learning learning, LearningPages pages, CurrentUser currentUser, References references,
                       RestrictedCases restrictedCases) {
        this.restrictedCases = restrictedCases;
        this.learning = learning;
        this.pages = pages;
        this.currentUser = currentUser;
        this.references = references;
    }

    @GetMapping
    String register(@RequestParam(required = false) String team, @RequestParam(required = false) String theme,
                    @RequestParam(required = false) String status, @RequestParam(required = false) Boolean overdue,
                    Model model) {
        RegisterQuery query = query(team, theme, status, overdue);
        Long teamId = query.teamId();
        Long themeId = query.themeId();
        ActionStatus wanted = query.status();
        boolean onlyOverdue = query.overdue();
        List<Action> actions = learning.register(query);
        boolean keeper = currentUser.require().has(Role.COMPLAINTS_OFFICER);
        boolean reader = keeper || currentUser.require().has(Role.SENIOR_MANAGER);
        model.addAttribute("actions", actions);
        List<Lesson> lessons = reader && wanted == null && !onlyOverdue ? learning.lessons(teamId, themeId) : List.of();
        pages.hideRestricted(model, java.util.stream.Stream.concat(actions.stream().flatMap(a -> a.cases().stream()),
                lessons.stream().flatMap(l -> l.cases().stream())).toList(), "the learning register");
        model.addAttribute("overdueCount", actions.stream().filter(a -> a.overdueOn(pages.today())).count());
        model.addAttribute("lessons", lessons);
        model.addAttribute("keeper", keeper);
        model.addAttribute("reader", reader);
        model.addAttribute("manager", currentUser.require().has(Role.COMPLAINTS_MANAGER));
        model.addAttribute("today", pages.today());
        model.addAttribute("team", teamId == null ? "" : teamId.toString());
        model.addAttribute("theme", themeId == null ? "" : themeId.toString());
        model.addAttribute("status", wanted == null ? "" : wanted.name());
        model.addAttribute("overdue", onlyOverdue);
        model.addAttribute("teamItems", pages.teamItems("learning.filter.anyTeam"));
        model.addAttribute("themeItems", pages.themeItems("learning.filter.anyTheme", true));
        model.addAttribute("statusItems", pages.statusItems());
        model.addAttribute("teamNames", pages.teamNames());
        model.addAttribute("themeNames", pages.themeNames());
        return "learning/register";
    }

    // ------------------------------------------------------------------ lessons

    @GetMapping("/lessons/new")
    @PreAuthorize(LearningWeb.OFFICERS)
    String newLesson(@RequestParam(name = "case", required = false) List<String> cases, Model model) {
        model.addAttribute(LESSON_FORM, new LessonForm(null, null, null, cases == null ? null : String.join("\n", cases), null));
        return lessonPage(model, null);
    }

    @PostMapping("/lessons/new")
    @PreAuthorize(LearningWeb.OFFICERS)
    String recordLesson(@ModelAttribute(LESSON_FORM) LessonForm form, BindingResult result, Model model,
                        RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = learning.recordLesson(form.lesson(pages.serviceAreaOf(form.teamId())));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("learning.lesson.saved"));
                return "redirect:" + LearningPaths.lesson(id);
            } catch (Refusal refusal) {
                FormProblems.reject(result, refusal.field(), refusal.messageKey(), refusal.arguments());
            }
        }
        return lessonPage(model, null);
    }

    @GetMapping("/lessons/{id}/edit")
    @PreAuthorize(LearningWeb.OFFICERS)
    String editLesson(@PathVariable long id, Model model) {
        Lesson lesson = learning.lesson(id).orElseThrow(NotFoundException::new);
        model.addAttribute(LESSON_FORM, LessonForm.of(lesson, learning.casesShownToEdit(lesson)));
        return lessonPage(model, lesson);
    }

    /** A change to a lesson, refused with the GOV.UK error summary if someone else changed it since the page was opened. */
    @PostMapping("/lessons/{id}/edit")
    @PreAuthorize(LearningWeb.OFFICERS)
    String changeLesson(@PathVariable long id, @ModelAttribute(LESSON_FORM) LessonForm form, BindingResult result,
                        Model model, RedirectAttributes redirect) {
        Lesson lesson = learning.lesson(id).orElseThrow(NotFoundException::new);
        if (form.version() == null) {
            result.reject(CHANGED_MEANWHILE);
        }
        if (!result.hasErrors()) {
            try {
                learning.changeLesson(id, form.version(), form.lesson(pages.serviceAreaOf(form.teamId())));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("learning.lesson.changed"));
                return "redirect:" + LearningPaths.lesson(id);
            } catch (Refusal refusal) {
                if (CHANGED_MEANWHILE.equals(refusal.messageKey())) {
                    // What the page shows is then what a second try would change: nothing of the other editor's is lost.
                    Lesson now = learning.lesson(id).orElseThrow(NotFoundException::new);
                    FormProblems.showAfresh(model, LESSON_FORM, LessonForm.of(now, learning.casesShownToEdit(now)),
                            CHANGED_MEANWHILE);
                    return lessonPage(model, now);
                }
                FormProblems.reject(result, refusal.field(), refusal.messageKey(), refusal.arguments());
            }
        }
        return lessonPage(model, lesson);
    }

    /** The lesson form: a new lesson's, or one lesson's to change (whose retired theme stays among the choices). */
    private String lessonPage(Model model, Lesson lesson) {
        model.addAttribute("teamItems", pages.teamItems("learning.team.choose"));
        model.addAttribute("themeItems", pages.themeItems("learning.theme.choose", lesson == null ? null : lesson.themeId()));
        model.addAttribute("lessonId", lesson == null ? null : lesson.id());
        return "learning/lesson-form";
    }

    @GetMapping("/lessons/{id}")
    @PreAuthorize("hasAnyRole('COMPLAINTS_OFFICER', 'SENIOR_MANAGER')")
    String lesson(@PathVariable long id, Model model) {
        Lesson lesson = learning.lesson(id).orElseThrow(NotFoundException::new);
        model.addAttribute("lesson", lesson);
        pages.hideRestricted(model, lesson.cases(), "lesson " + id);
        model.addAttribute("actions", learning.actionsOfLesson(id));
        model.addAttribute("teamNames", pages.teamNames());
        model.addAttribute("themeNames", pages.themeNames());
        model.addAttribute("keeper", currentUser.require().has(Role.COMPLAINTS_OFFICER));
        model.addAttribute("today", pages.today());
        return "learning/lesson";
    }

    // ------------------------------------------------------------------ a case's themes

    @GetMapping("/cases/{reference}/themes")
    @PreAuthorize(LearningWeb.OFFICERS)
    String caseThemes(@PathVariable String reference, Model model) {
        CaseReference ref = record(reference);
        model.addAttribute("caseThemesForm", new CaseThemesForm(learning.caseThemes(ref)));
        return caseThemesPage(ref, model);
    }

    @PostMapping("/cases/{reference}/themes")
    @PreAuthorize(LearningWeb.OFFICERS)
    String tagCase(@PathVariable String reference, @ModelAttribute("caseThemesForm") CaseThemesForm form,
                   BindingResult result, Model model, RedirectAttributes redirect) {
        CaseReference ref = record(reference);
        if (!result.hasErrors()) {
            try {
                learning.tagCase(ref, form.themeIds());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("learning.caseThemes.saved", ref.value()));
                return "redirect:" + LearningPaths.casePage(ref.value());
            } catch (Refusal refusal) {
                FormProblems.reject(result, refusal.field(), refusal.messageKey(), refusal.arguments());
            }
        }
        return caseThemesPage(ref, model);
    }

    private String caseThemesPage(CaseReference reference, Model model) {
        List<Long> tagged = learning.caseThemes(reference);
        model.addAttribute("reference", reference.value());
        model.addAttribute("backHref", LearningPaths.casePage(reference.value()));
        model.addAttribute("themeItems", heard.web.Choices.items(learning.themes().stream()
                .filter(t -> !t.retired() || tagged.contains(t.id())).toList(), Theme::id, Theme::name));
        return "learning/case-themes";
    }

    /** The record in a page's address; a reference that is no record's is a page that does not exist. */
    private CaseReference record(String path) {
        CaseReference reference = reference(path);
        if (!references.isTaken(reference.value()) || restrictedCases.hidden(reference.value(), "the case's themes")) {
            throw new NotFoundException();
        }
        return reference;
    }

    /** A reference in a page's address; one that cannot be a reference is a page that does not exist. */
    static CaseReference reference(String path) {
        try {
            return new CaseReference(path);
        } catch (IllegalArgumentException notAReference) {
            throw new NotFoundException();
        }
    }

    /** The register's filters as its address gives them; one that is not a team, theme or status narrows nothing. */
    static RegisterQuery query(String team, String theme, String status, Boolean overdue) {
        return new RegisterQuery(id(team), id(theme), status == null || status.isBlank() ? null : parseStatus(status),
                Boolean.TRUE.equals(overdue));
    }

    private static Long id(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text);
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    private static ActionStatus parseStatus(String text) {
        try {
            return ActionStatus.valueOf(text);
        } catch (IllegalArgumentException noSuchStatus) {
            return null;
        }
    }
}
