package heard.learning;

import java.util.Arrays;
import java.util.List;

import heard.web.DateParts;
import org.springframework.validation.BindingResult;

/**
 * A new action as the complaints officer types it, in the order of the page: what, the cases it answers (one
 * reference a line), who owns it and by when. Fields are named as {@link NewAction} names them, so that a refusal
 * lands on the right field.
 */
record ActionForm(String what, String cases, ActionOrigin origin, Long lessonId, Long ownerId, DateParts dueOn,
                  Long teamId) {

    ActionForm {
        dueOn = dueOn == null ? DateParts.of(null) : dueOn;
    }

    void validate(BindingResult result) {
        dueOn.validateRequired(result, "dueOn");
    }

    List<String> caseList() {
        return cases == null ? List.of() : Arrays.stream(cases.split("[\\r\\n,]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    NewAction request(Long serviceAreaId) {
        return new NewAction(what, origin, caseList(), lessonId, ownerId, dueOn.toLocalDate().orElse(null), serviceAreaId,
                teamId);
    }
}
