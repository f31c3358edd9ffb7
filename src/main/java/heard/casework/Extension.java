package heard.casework;

import java.time.LocalDate;

import heard.calendar.WorkingDays;
import heard.casework.domain.Text;

/**
 * An extension of a stage's timescale, agreed with the complainant on a date, for a reason. An
 * imported case log says only that a stage was extended, so there the date and reason are null.
 */
public record Extension(WorkingDays to, LocalDate agreedOn, String reason) {

    public Extension {
        if (to == null) {
            throw new IllegalArgumentException("An extension has a new timescale");
        }
        reason = Text.tidy(reason);
    }
}
