package heard.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import heard.web.DateParts;
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

/** Service areas and the teams in each: list, add, rename, close. */
@Controller
@RequestMapping("/settings/service-areas")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','COMPLAINTS_MANAGER')")
class ServiceAreasController {

    private final Organisation organisation;
    private final OrganisationSettings settings;
    private final java.time.Clock clock;

    ServiceAreasController(Organisation organisation, OrganisationSettings settings, java.time.Clock clock) {
        this.organisation = organisation;
        this.settings = settings;
        this.clock = clock;
    }

    record NewServiceAreaForm(String name) {
    }

    record ServiceAreaForm(String name, DateParts closedOn, int version) {
    }

    @GetMapping
    String list(Model model) {
        Map<Long, List<Team>> teams = organisation.teams().stream().collect(Collectors.groupingBy(Team::serviceAreaId));
        model.addAttribute("areas", organisation.serviceAreas());
        model.addAttribute("teams", teams);
        model.addAttribute("today", LocalDate.now(clock));
        return "organisation/service-areas";
    }

    @GetMapping("/new")
    String add(Model model) {
        model.addAttribute("form", new NewServiceAreaForm(""));
        return "organisation/service-area-new";
    }

    @PostMapping
    String create(@ModelAttribute("form") NewServiceAreaForm form, BindingResult result, RedirectAttributes redirect) {
        try {
            ServiceArea area = settings.addServiceArea(form.name());
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("serviceArea.saved", area.name()));
            return "redirect:/settings/service-areas";
        } catch (OrganisationProblem problem) {
            OrganisationErrors.reject(result, problem);
            return "organisation/service-area-new";
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        ServiceArea area = organisation.serviceArea(id).orElseThrow(NotFoundException::new);
        model.addAttribute("area", area);
        model.addAttribute("form", new ServiceAreaForm(area.name(),
                area.closedOn() == null ? new DateParts("", "", "") : DateParts.of(area.closedOn()), area.version()));
        return "organisation/service-area-edit";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ServiceAreaForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        ServiceArea area = organisation.serviceArea(id).orElseThrow(NotFoundException::new);
        model.addAttribute("area", area);
        form.closedOn().validateOptional(result, "closedOn");
        if (result.hasErrors()) {
            return "organisation/service-area-edit";
        }
        try {
            ServiceArea saved = settings.updateServiceArea(id, form.version(), form.name(),
                    form.closedOn().toLocalDate().orElse(null));
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("serviceArea.saved", saved.name()));
            return "redirect:/settings/service-areas";
        } catch (OrganisationProblem problem) {
            OrganisationErrors.reject(result, problem);
            return "organisation/service-area-edit";
        }
    }
}
