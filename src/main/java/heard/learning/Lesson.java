package heard.learning;

import java.time.LocalDate;
import java.util.List;

/**
 * A lesson of the register: what went wrong, under a theme, in a service area and team, drawn from one case or
 * several.
 */
public record Lesson(Long id, String whatWentWrong, long themeId, Long serviceAreaId, Long teamId, List<String> cases,
                     LocalDate recordedOn, String recordedBy, int version) {

    public Lesson {
        cases = List.copyOf(cases);
    }
}
