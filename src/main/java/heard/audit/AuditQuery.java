package heard.audit;

import java.time.LocalDate;

/**
 * Narrows a search of the audit trail; null fields do not narrow. Asks for one more row than
 * {@code size} so that a page can tell whether another follows.
 */
public record AuditQuery(String actor, String subjectType, String subjectId, LocalDate from, LocalDate to,
                         int offset, int size) {

    public AuditQuery {
        if (offset < 0 || size < 1 || size > 500) {
            throw new IllegalArgumentException("An audit page starts at 0 or later and holds 1 to 500 events");
        }
        actor = blankToNull(actor);
        subjectType = blankToNull(subjectType);
        subjectId = blankToNull(subjectId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
