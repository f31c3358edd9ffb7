package heard.casework;

import java.time.LocalDate;

/** Domain event: the complainant asked for the next stage. */
public record StageRequested(CaseReference reference, int stage, LocalDate on) {
}
