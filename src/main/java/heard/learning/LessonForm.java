package heard.learning;

import java.util.Arrays;
import java.util.List;

/**
 * A lesson as the complaints officer types it: what went wrong, its theme and team, and its cases one a line; on the
 * page that changes one, the version the person saw (empty when recording a new one).
 */
record LessonForm(String whatWentWrong, Long themeId, Long teamId, String cases, Integer version) {

    /** The lesson as its editor may see it: only the cases they may see (the others stay linked). */
    static LessonForm of(Lesson lesson, List<String> casesShown) {
        return new LessonForm(lesson.whatWentWrong(), lesson.themeId(), lesson.teamId(), String.join("\n", casesShown),
                lesson.version());
    }

    NewLesson lesson(java.util.Optional<Long> serviceArea) {
        return new NewLesson(whatWentWrong, themeId, serviceArea.orElse(null), teamId, caseList());
    }

    List<String> caseList() {
        return cases == null ? List.of() : Arrays.stream(cases.split("[\\r\\n,]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
