package heard.casework.domain;

import java.time.LocalDate;

import heard.calendar.Timescale;
import heard.calendar.WorkingDays;
import heard.casework.Refusal;
import heard.casework.Stage;

/**
 * When a stage's timescale may be extended: before the stage has answered, by agreement with the
 * complainant on or after the day the stage began, with a reason, to more than the standard
 * timescale and no more than the procedure's limit (Stage 1: 20 working days; Stage 2: 65).
 */
public final class ExtensionPolicy {

    private ExtensionPolicy() {
    }

    public static void check(Stage stage, Timescale timescale, WorkingDays to, LocalDate agreedOn, String reason, LocalDate today) {
        if (stage.isDecided()) {
            throw Refusal.of("extension.stageDecided", stage.number());
        }
        WorkingDays limit = timescale.extendedTo()
                .orElseThrow(() -> Refusal.of("extension.notExtendable", stage.number()));
        if (to == null) {
            throw new Refusal("extendedTo", "extension.days.missing");
        }
        if (to.count() <= timescale.target().count()) {
            throw new Refusal("extendedTo", "extension.days.notLonger", timescale.target().count());
        }
        if (to.count() > limit.count()) {
            throw new Refusal("extendedTo", "extension.days.overLimit", limit.count(), stage.number());
        }
        if (agreedOn == null) {
            throw new Refusal("agreedOn", "extension.agreedOn.missing");
        }
        if (agreedOn.isBefore(stage.requestedOn())) {
            throw new Refusal("agreedOn", "extension.agreedOn.beforeStage", stage.requestedOn());
        }
        if (agreedOn.isAfter(today)) {
            throw new Refusal("agreedOn", "date.future");
        }
        if (Text.tidy(reason) == null) {
            throw new Refusal("reason", "extension.reason.missing");
        }
    }
}
