package heard.learning;

import java.util.Arrays;
import java.util.List;

/** A lesson as the complaints officer types it: what went wrong, its theme and team, and its cases one a line. */
record LessonForm(String whatWentWrong, Long themeId, Long teamId, String cases) {

    List<String> caseList() {
        return cases == null ? List.of() : Arrays.stream(cases.split("[\\r\\n,]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
