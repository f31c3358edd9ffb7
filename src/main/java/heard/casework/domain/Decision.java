package heard.casework.domain;

import java.time.LocalDate;

/** A recorded decision: what was decided, why, by whom and when (eligibility, a late complaint, a change of procedure). */
public record Decision(String reasons, String decidedBy, LocalDate decidedOn) {

    public Decision {
        reasons = Text.tidy(reasons);
        if (reasons == null) {
            throw new IllegalArgumentException("A decision records its reasons");
        }
        if (decidedOn == null) {
            throw new IllegalArgumentException("A decision has a date");
        }
    }
}
