package heard.casework;

import java.time.LocalDate;

/** Domain event: a complaint was logged. */
public record ComplaintReceived(CaseReference reference, RecordType recordType, ProcedureKind procedure, LocalDate receivedOn) {
}
