package heard.casework;

import java.time.LocalDate;

/** A row of the case list. */
public record CaseSummary(String reference, ProcedureKind procedure, LocalDate receivedOn, String complainantName,
                          String childName, Long serviceAreaId, Long teamId, Integer stage, String responderName,
                          LocalDate dueOn, CaseDeadline.Kind deadline, CaseStatus status) {

    public boolean overdueOn(LocalDate today) {
        return status == CaseStatus.OPEN && dueOn != null && dueOn.isBefore(today);
    }
}
