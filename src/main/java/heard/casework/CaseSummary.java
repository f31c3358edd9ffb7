package heard.casework;

import java.time.LocalDate;

/**
 * A row of the case list.
 *
 * @param restricted whether the case is restricted to the staff named on it and complaints managers (a list shows
 *                   it only to them)
 */
public record CaseSummary(String reference, ProcedureKind procedure, LocalDate receivedOn, String complainantName,
                          String childName, Long serviceAreaId, Long teamId, Integer stage, String responderName,
                          LocalDate dueOn, CaseDeadline.Kind deadline, CaseStatus status, boolean restricted) {

    public boolean overdueOn(LocalDate today) {
        return status == CaseStatus.OPEN && dueOn != null && dueOn.isBefore(today);
    }
}
