package heard.casework;

import java.time.LocalDate;

/**
 * Domain event: a case was restricted to the people named on it and complaints managers, or its
 * restriction was lifted. Who may see it changes at once (CaseAccess reads it at every request).
 */
public record CaseRestrictionChanged(CaseReference reference, boolean restricted, LocalDate on) {
}
