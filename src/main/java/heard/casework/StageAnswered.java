package heard.casework;

import java.time.LocalDate;

/** Domain event: a stage reached its outcome (an answer, or a withdrawal). */
public record StageAnswered(CaseReference reference, int stage, Outcome outcome, LocalDate on) {
}
