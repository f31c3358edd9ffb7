package heard.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import heard.casework.CaseReference;
import heard.ombudsman.Ombudsman;
import heard.security.CurrentUser;
import heard.security.Role;
import heard.security.StaffMember;
import heard.web.RecordPanel;
import org.springframework.stereotype.Component;

/**
 * The register on a case's page: the themes, lessons and actions of the case and the remedies the Ombudsman asked
 * for, with links to raise an action from the case, record a lesson, tag its themes and record remedies. Nothing for
 * someone who may not keep the register when the case has none of it.
 */
@Component
class LearningPanel implements RecordPanel {

    /** After the Ombudsman's panel. */
    static final int ORDER = 60;

    private final Learning learning;
    private final Ombudsman ombudsman;
    private final CurrentUser currentUser;
    private final Clock clock;

    LearningPanel(Learning learning, Ombudsman ombudsman, CurrentUser currentUser, Clock clock) {
        this.learning = learning;
        this.ombudsman = ombudsman;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Optional<View> panel(String reference) {
        StaffMember me = currentUser.get().orElse(null);
        if (me == null) {
            return Optional.empty();
        }
        CaseReference ref = new CaseReference(reference);
        boolean keeper = me.has(Role.COMPLAINTS_OFFICER);
        List<Action> actions = learning.actionsOfCase(ref);
        List<OmbudsmanRemedy> remedies = keeper ? learning.remedies(ref) : List.of();
        List<Lesson> lessons = keeper || me.has(Role.SENIOR_MANAGER) ? learning.lessonsOfCase(ref) : List.of();
        if (!keeper && actions.isEmpty() && lessons.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, String> themeNames = new HashMap<>();
        learning.themes().forEach(t -> themeNames.put(t.id(), t.name()));
        Map<String, Object> model = new HashMap<>();
        model.put("reference", reference);
        model.put("actions", actions);
        model.put("lessons", lessons);
        model.put("remedies", remedies);
        model.put("themes", learning.caseThemes(ref).stream().map(themeNames::get).toList());
        model.put("themeNames", themeNames);
        model.put("keeper", keeper);
        model.put("decided", keeper && ombudsman.find(ref).map(v -> !v.record().undecided()).orElse(false));
        model.put("remediesHref", LearningPaths.remedies(reference));
        model.put("today", LocalDate.now(clock));
        return Optional.of(new View("learning/panel", model, ORDER));
    }
}
