package heard.casework;

import java.time.LocalDate;

/** Domain event: the complaints manager closed a case. */
public record ComplaintClosed(CaseReference reference, LocalDate on) {
}
