package heard.learning;

import java.util.List;

import heard.casework.Refusal;
import heard.security.CurrentUser;
import heard.security.Role;
import heard.security.StaffMember;
import heard.web.FormProblems;
import heard.web.NotFoundException;
import heard.web.Notice;
import org.springframework.security.access.AccessDeniedException;
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
 * An action of the register: the page that raises one (from a case, several cases, a lesson or an Ombudsman
 * decision), its own page, and a page for each move on it (give it to an owner, start, done, drop, public wording).
 */
@Controller
@RequestMapping("/learning/actions")
@PreAuthorize(LearningWeb.READERS)
class ActionController {

    private static final String FORM = "actionForm";
    private static final String MOVE_FORM = "moveForm";

    private final Learning learning;
    private final LearningPages pages;
    private final CurrentUser currentUser;

    ActionController(Learning learning, LearningPages pages, CurrentUser currentUser) {
        this.learning = learning;
        this.pages = pages;
        this.currentUser = currentUser;
    }

    @GetMapping("/new")
    @PreAuthorize(LearningWeb.OFFICERS)
    String raiseForm(@RequestParam(name = "case", required = false) List<String> cases,
                     @RequestParam(required = false) ActionOrigin origin, @RequestParam(required = false) Long lesson,
                     Model model) {
        List<String> from = cases == null ? List.of() : cases;
        if (lesson != null) {
            from = learning.lesson(lesson).map(Lesson::cases).orElseThrow(NotFoundException::new);
        }
        ActionOrigin chosen = origin == ActionOrigin.OMBUDSMAN ? ActionOrigin.OMBUDSMAN : ActionOrigin.CASES;
        model.addAttribute(FORM, new ActionForm(null, String.join("\n", from), chosen, lesson, null, null, null));
        return raisePage(model);
    }

    @PostMapping("/new")
    @PreAuthorize(LearningWeb.OFFICERS)
    String raise(@ModelAttribute(FORM) ActionForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                long id = learning.raiseAction(form.request(pages.serviceAreaOf(form.teamId()).orElse(null)));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("learning.action.raised"));
                return "redirect:" + LearningPaths.action(id);
            } catch (Refusal refusal) {
                FormProblems.reject(result, refusal.field(), refusal.messageKey(), refusal.arguments());
            }
        }
        return raisePage(model);
    }

    private String raisePage(Model model) {
        model.addAttribute("ownerItems", pages.ownerItems());
        model.addAttribute("teamItems", pages.teamItems("learning.team.choose"));
        return "learning/action-form";
    }

    @GetMapping("/{id}")
    String action(@PathVariable long id, Model model) {
        Action action = learning.action(id).orElseThrow(NotFoundException::new);
        StaffMember me = currentUser.require();
        boolean keeper = me.has(Role.COMPLAINTS_OFFICER);
        boolean owner = action.owner() != null && action.owner().id() == me.id();
        model.addAttribute("action", action);
        pages.hideRestricted(model, action.cases(), "learning action " + id);
        model.addAttribute("keeper", keeper);
        model.addAttribute("mayProgress", keeper || owner);
        model.addAttribute("manager", me.has(Role.COMPLAINTS_MANAGER));
        model.addAttribute("today", pages.today());
        model.addAttribute("teamNames", pages.teamNames());
        if (action.lessonId() != null && (keeper || me.has(Role.SENIOR_MANAGER))) {
            learning.lesson(action.lessonId()).ifPresent(l -> model.addAttribute("lesson", l));
        }
        return "learning/action";
    }

    @GetMapping("/{id}/{move:assign|start|complete|drop|wording}")
    String moveForm(@PathVariable long id, @PathVariable String move, Model model) {
        ActionMove chosen = ActionMove.bySlug(move).orElseThrow(NotFoundException::new);
        Action action = allowed(id, move);
        model.addAttribute(MOVE_FORM, chosen == ActionMove.ASSIGN || chosen == ActionMove.WORDING
                ? MoveForm.of(action) : MoveForm.blank(action.version()));
        return movePage(action, chosen, model);
    }

    @PostMapping("/{id}/{move:assign|start|complete|drop|wording}")
    String move(@PathVariable long id, @PathVariable String move, @ModelAttribute(MOVE_FORM) MoveForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        ActionMove chosen = ActionMove.bySlug(move).orElseThrow(NotFoundException::new);
        Action action = allowed(id, move);
        form.validate(chosen, result);
        if (!result.hasErrors()) {
            try {
                int version = form.versionSeen();
                switch (chosen) {
                    case ASSIGN -> learning.assign(id, version, form.ownerId(), form.dueOn().toLocalDate().orElse(null));
                    case START -> learning.start(id, version, form.on().toLocalDate().orElse(null));
                    case COMPLETE -> learning.complete(id, version, form.on().toLocalDate().orElse(null), form.evidence());
                    case DROP -> learning.drop(id, version, form.on().toLocalDate().orElse(null), form.reason());
                    case WORDING -> learning.word(id, version, form.youSaid(), form.weDid());
                }
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("learning.action.moved." + chosen.slug()));
                return "redirect:" + LearningPaths.action(id);
            } catch (Refusal refusal) {
                if ("learning.changedMeanwhile".equals(refusal.messageKey())) {
                    Action now = learning.action(id).orElseThrow(NotFoundException::new);
                    FormProblems.showAfresh(model, MOVE_FORM, chosen == ActionMove.ASSIGN || chosen == ActionMove.WORDING
                            ? MoveForm.of(now) : MoveForm.blank(now.version()), "form.changedMeanwhile");
                    return movePage(now, chosen, model);
                }
                FormProblems.reject(result, MoveForm.field(refusal.field()), refusal.messageKey(), refusal.arguments());
            }
        }
        return movePage(action, chosen, model);
    }

    /** The action, if the person may see it (else there is no such page) and make the move (else it is forbidden). */
    private Action allowed(long id, String move) {
        Action action = learning.action(id).orElseThrow(NotFoundException::new);
        if (!learning.mayMake(move, action)) {
            throw new AccessDeniedException("Not this person's move");
        }
        return action;
    }

    private String movePage(Action action, ActionMove move, Model model) {
        model.addAttribute("action", action);
        model.addAttribute("move", move.slug());
        model.addAttribute("formAction", LearningPaths.action(action.id()) + "/" + move.slug());
        model.addAttribute("backHref", LearningPaths.action(action.id()));
        if (move == ActionMove.ASSIGN) {
            model.addAttribute("ownerItems", pages.ownerItems());
        }
        return "learning/action-move";
    }
}
