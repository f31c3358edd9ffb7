package heard.learning;

import java.util.List;

/** A lesson to record: what went wrong, its theme, service area and team, and the cases it was drawn from. */
public record NewLesson(String whatWentWrong, Long themeId, Long serviceAreaId, Long teamId, List<String> cases) {

    public NewLesson {
        cases = cases == null ? List.of() : cases.stream().filter(c -> c != null && !c.isBlank()).map(String::strip)
                .distinct().toList();
    }
}
