package heard.casework;

import java.util.UUID;

/**
 * Domain event: a complaint was logged for this submission of the log form, published in the same
 * transaction; a module that handed the form a {@link ComplaintToLog} learns here which case came of it.
 *
 * @param procedure null for a representation
 */
public record SubmissionLogged(UUID submission, CaseReference reference, RecordType recordType,
                               ProcedureKind procedure) {
}
