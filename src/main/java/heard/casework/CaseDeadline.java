package heard.casework;

import java.time.LocalDate;

/**
 * One deadline of a case, as the case page and the case list show it.
 *
 * @param start       the day its clock started (day 0), or null while it has not started (Stage 2
 *                    before the statement of complaint is agreed)
 * @param due         the standard due date
 * @param extendedDue the due date as extended with the complainant's agreement, if it was
 * @param limit       the latest the timescale could be extended to, if it can be
 * @param metOn       the day it was met (the answer, the acknowledgement, the panel...), if it was
 * @param closed      true when the stage ended without meeting it (withdrawn, or escalated without response)
 * @param overdue     true when it is still to be met and today is after the date that counts
 * @param workingDays for a deadline still to meet: working days left to the date that counts, or,
 *                    when overdue, working days past it; null otherwise
 * @param beyondCalendar true when a date falls outside the years Heard's calendar knows
 */
public record CaseDeadline(Kind kind, int stage, LocalDate start, LocalDate due, LocalDate extendedDue,
                           LocalDate limit, LocalDate metOn, boolean closed, boolean overdue, Integer workingDays,
                           boolean beyondCalendar) {

    /** What must happen by the deadline. */
    public enum Kind {
        ACKNOWLEDGEMENT, RESPONSE, STATEMENT_AGREEMENT, PANEL, PANEL_REPORT, AUTHORITY_RESPONSE
    }

    /** The date that counts: the extended one where an extension was agreed. */
    public LocalDate effectiveDue() {
        return extendedDue != null ? extendedDue : due;
    }

    public boolean isPending() {
        return metOn == null && !closed && start != null && !beyondCalendar;
    }

    /** Met on or before the date that counts. */
    public boolean metInTime() {
        return metOn != null && effectiveDue() != null && !metOn.isAfter(effectiveDue());
    }
}
