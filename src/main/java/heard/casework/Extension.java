package heard.casework;

import java.time.LocalDate;

import heard.calendar.WorkingDays;

/** An extension of a stage's timescale, agreed with the complainant on a date, for a reason. */
public record Extension(WorkingDays to, LocalDate agreedOn, String reason) {

    public Extension {
        if (to == null || agreedOn == null) {
            throw new IllegalArgumentException("An extension has a new timescale and the date it was agreed");
        }
        reason = Text.tidy(reason);
    }
}
