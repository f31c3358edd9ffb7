package heard.casework;

import java.time.LocalDate;

import heard.casework.domain.Text;

/**
 * A conciliation meeting or mediation held alongside the procedure: when, who took part, what came
 * of it. Its cost is kept with the case's other costs, as a mediation cost on the same day.
 */
public record AdrSession(AdrKind kind, LocalDate heldOn, String participants, String result) {

    public AdrSession {
        if (kind == null || heldOn == null) {
            throw new IllegalArgumentException("A conciliation meeting or mediation has a kind and a date");
        }
        participants = Text.tidy(participants);
        result = Text.tidy(result);
    }
}
