package heard.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import heard.casework.CaseReference;
import heard.casework.Channel;
import heard.casework.ComplainantRole;
import heard.organisation.IssueCategory;
import heard.organisation.Organisation;
import heard.organisation.ServiceArea;
import heard.organisation.Team;
import heard.web.Choices;
import heard.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the feedback pages share: today, names of the council's teams and categories, and the choices of the forms. */
@Component
class FeedbackPages {

    private final Organisation organisation;
    private final MessageSource messages;
    private final Clock clock;

    FeedbackPages(Organisation organisation, MessageSource messages, Clock clock) {
        this.organisation = organisation;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The reference in a page's address; one that no record could have is a page that does not exist. */
    static CaseReference reference(String path) {
        try {
            return new CaseReference(path);
        } catch (IllegalArgumentException notAReference) {
            throw new NotFoundException();
        }
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    Optional<String> serviceAreaName(Long id) {
        return id == null ? Optional.empty() : organisation.serviceArea(id).map(ServiceArea::name);
    }

    /** A team by the name it has today, which is the name people know it by. */
    Optional<String> teamName(Long id) {
        return id == null ? Optional.empty() : organisation.team(id).map(t -> t.nameOn(today()));
    }

    List<String> issueNames(List<Long> ids) {
        return ids.stream().map(organisation::issueCategory).flatMap(Optional::stream).map(IssueCategory::name).toList();
    }

    /**
     * The choices of the form that logs and corrects feedback: open service areas and teams, and the
     * categories still offered, and those the form holds even if closed since, so that correcting an
     * older record does not drop them.
     */
    void formChoices(Model model, FeedbackForm form) {
        LocalDate today = today();
        model.addAttribute("typeItems", Choices.items(List.of(FeedbackType.values()), FeedbackType::name,
                t -> message("feedbackType." + t.name())));
        model.addAttribute("channelItems", Choices.items(List.of(Channel.values()), Channel::name,
                c -> message("channel." + c.name())));
        model.addAttribute("roleItems", Choices.selectItems(message("feedback.complainantRole.choose"),
                List.of(ComplainantRole.values()), ComplainantRole::name, r -> message("complainantRole." + r.name())));
        model.addAttribute("areaItems", Choices.selectItems(message("feedback.serviceArea.choose"),
                organisation.serviceAreas().stream()
                        .filter(a -> a.openOn(today) || Long.valueOf(a.id()).equals(form.serviceAreaId()))
                        .sorted(Comparator.comparing(ServiceArea::name)).toList(),
                ServiceArea::id, ServiceArea::name));
        model.addAttribute("teamItems", Choices.selectItems(message("feedback.team.choose"),
                organisation.teams().stream()
                        .filter(t -> t.openOn(today) || Long.valueOf(t.id()).equals(form.teamId()))
                        .sorted(Comparator.comparing(Team::serviceAreaName).thenComparing(t -> t.nameOn(today))).toList(),
                Team::id, t -> t.serviceAreaName() + ": " + t.nameOn(today)));
        model.addAttribute("issueItems", Choices.items(organisation.issueCategories().stream()
                .filter(i -> i.active() || form.issueIds().contains(i.id())).toList(),
                IssueCategory::id, IssueCategory::name));
    }
}
