package heard.learning;

import java.time.LocalDate;
import java.util.List;

/**
 * An action to raise: what is to be done, the cases it answers (from one case, several, or the case of an
 * Ombudsman decision), the lesson it answers if any, and its owner and due date.
 */
public record NewAction(String what, ActionOrigin origin, List<String> cases, Long lessonId, Long ownerId,
                        LocalDate dueOn, Long serviceAreaId, Long teamId) {

    public NewAction {
        cases = cases == null ? List.of() : cases.stream().filter(c -> c != null && !c.isBlank()).map(String::strip)
                .distinct().toList();
    }
}
