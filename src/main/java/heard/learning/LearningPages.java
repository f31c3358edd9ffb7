package heard.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import heard.casework.RestrictedCases;
import heard.organisation.Organisation;
import heard.organisation.Team;
import heard.web.Choices;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the register's pages share: the choices of team, theme, owner and status, and the names behind ids. */
@Component
class LearningPages {

    private final Learning learning;
    private final Organisation organisation;
    private final RestrictedCases restrictedCases;
    private final MessageSource messages;
    private final Clock clock;

    LearningPages(Learning learning, Organisation organisation, RestrictedCases restrictedCases, MessageSource messages,
                  Clock clock) {
        this.learning = learning;
        this.restrictedCases = restrictedCases;
        this.organisation = organisation;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The references among these, of cases restricted to others than the person signed in, as the model's
     * {@code hiddenCases}: a page names such a case only as "a restricted case", without its reference or a link.
     */
    void hideRestricted(Model model, Collection<String> references, String shownIn) {
        model.addAttribute("hiddenCases", restrictedCases.hiddenAmong(references, shownIn));
    }

    /** Whether the case is restricted to others than the person signed in (the refusal then audited). */
    boolean hidden(String reference, String askedFor) {
        return restrictedCases.hidden(reference, askedFor);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    List<Team> teams() {
        LocalDate today = today();
        return organisation.teams().stream()
                .sorted(Comparator.comparing(Team::serviceAreaName).thenComparing(t -> t.nameOn(today))).toList();
    }

    List<Map<String, Object>> teamItems(String prompt) {
        LocalDate today = today();
        return Choices.selectItems(message(prompt), teams(), Team::id, t -> t.serviceAreaName() + ": " + t.nameOn(today));
    }

    /** Team names by id, as the register's tables show them, the service area first. */
    Map<Long, String> teamNames() {
        LocalDate today = today();
        Map<Long, String> names = new HashMap<>();
        organisation.teams().forEach(t -> names.put(t.id(), t.serviceAreaName() + ": " + t.nameOn(today)));
        return names;
    }

    Optional<Long> serviceAreaOf(Long teamId) {
        return teamId == null ? Optional.empty() : organisation.team(teamId).map(Team::serviceAreaId);
    }

    List<Map<String, Object>> themeItems(String prompt, boolean includeRetired) {
        return Choices.selectItems(message(prompt), learning.themes().stream().filter(t -> includeRetired || !t.retired())
                .toList(), Theme::id, Theme::name);
    }

    /** The themes in use, and the retired one a record already has ({@code keeping}), which it may keep. */
    List<Map<String, Object>> themeItems(String prompt, Long keeping) {
        return Choices.selectItems(message(prompt), learning.themes().stream()
                .filter(t -> !t.retired() || (keeping != null && t.id() == keeping)).toList(), Theme::id, Theme::name);
    }

    Map<Long, String> themeNames() {
        Map<Long, String> names = new HashMap<>();
        learning.themes().forEach(t -> names.put(t.id(), t.name()));
        return names;
    }

    List<Map<String, Object>> ownerItems() {
        return Choices.selectItems(message("learning.action.owner.choose"), learning.possibleOwners(),
                m -> m.id(), m -> m.displayName());
    }

    List<Map<String, Object>> statusItems() {
        return Choices.selectItems(message("learning.filter.anyStatus"), List.of(ActionStatus.values()), ActionStatus::name,
                s -> message("learning.status." + s.name()));
    }
}
