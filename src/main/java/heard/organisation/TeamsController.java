package heard.organisation;

import java.time.Clock;
import java.time.LocalDate;

import heard.web.Choices;
import heard.web.DateParts;
import heard.web.Notice;
import heard.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** Teams: add one to a service area, rename it from a date, close it from a date, reopen it. */
@Controller
@RequestMapping("/settings/teams")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','COMPLAINTS_MANAGER')")
class TeamsController {

    private final Organisation organisation;
    private final OrganisationSettings settings;
    private final Clock clock;
    private final MessageSource messages;

    TeamsController(Organisation organisation, OrganisationSettings settings, Clock clock, MessageSource messages) {
        this.organisation = organisation;
        this.settings = settings;
        this.clock = clock;
        this.messages = messages;
    }

    record NewTeamForm(Long serviceAreaId, String name, DateParts openedOn) {
    }

    record RenameForm(String name, DateParts from, int version) {
    }

    record CloseForm(DateParts closedOn, int version) {
    }

    @GetMapping("/new")
    String add(@RequestParam(required = false) Long serviceAreaId, Model model) {
        model.addAttribute("form", new NewTeamForm(serviceAreaId, "", new DateParts("", "", "")));
        return newTeamPage(model);
    }

    @PostMapping
    String create(@ModelAttribute("form") NewTeamForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        form.openedOn().validateOptional(result, "openedOn");
        if (result.hasErrors()) {
            return newTeamPage(model);
        }
        try {
            Team team = settings.addTeam(form.serviceAreaId() == null ? -1 : form.serviceAreaId(), form.name(),
                    form.openedOn().toLocalDate().orElse(null));
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("team.saved", team.nameOn(today())));
            return "redirect:/settings/service-areas";
        } catch (OrganisationProblem problem) {
            OrganisationErrors.reject(result, problem);
            return newTeamPage(model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Team team = team(id);
        model.addAttribute("rename", new RenameForm("", new DateParts("", "", ""), team.version()));
        model.addAttribute("close", new CloseForm(new DateParts("", "", ""), team.version()));
        return teamPage(team, model);
    }

    @PostMapping("/{id}/rename")
    String rename(@PathVariable long id, @ModelAttribute("rename") RenameForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        Team team = team(id);
        form.from().validateRequired(result, "from");
        if (!result.hasErrors()) {
            try {
                Team renamed = settings.renameTeam(id, form.version(), form.name(), form.from().toLocalDate().orElseThrow());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("team.renamed", Names.tidy(form.name())));
                return "redirect:/settings/teams/" + renamed.id();
            } catch (OrganisationProblem problem) {
                OrganisationErrors.reject(result, problem);
            }
        }
        model.addAttribute("close", new CloseForm(new DateParts("", "", ""), team.version()));
        return teamPage(team, model);
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @ModelAttribute("close") CloseForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        Team team = team(id);
        form.closedOn().validateRequired(result, "closedOn");
        if (!result.hasErrors()) {
            try {
                settings.closeTeam(id, form.version(), form.closedOn().toLocalDate().orElseThrow());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("team.closed", team.nameOn(today())));
                return "redirect:/settings/teams/" + id;
            } catch (OrganisationProblem problem) {
                OrganisationErrors.reject(result, problem);
            }
        }
        model.addAttribute("rename", new RenameForm("", new DateParts("", "", ""), team.version()));
        return teamPage(team, model);
    }

    @PostMapping("/{id}/reopen")
    String reopen(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        Team team = team(id);
        try {
            settings.closeTeam(id, version, null);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("team.reopened", team.nameOn(today())));
        } catch (OrganisationProblem problem) {
            redirect.addFlashAttribute("problem", problem.messageKey());
        }
        return "redirect:/settings/teams/" + id;
    }

    private Team team(long id) {
        return organisation.team(id).orElseThrow(NotFoundException::new);
    }

    private String teamPage(Team team, Model model) {
        model.addAttribute("team", team);
        model.addAttribute("today", today());
        return "organisation/team";
    }

    private String newTeamPage(Model model) {
        model.addAttribute("areaItems", Choices.selectItems(messages.getMessage("team.serviceArea.choose", null,
                        LocaleContextHolder.getLocale()),
                organisation.serviceAreas().stream().filter(a -> a.openOn(today())).toList(), ServiceArea::id,
                ServiceArea::name));
        return "organisation/team-new";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
