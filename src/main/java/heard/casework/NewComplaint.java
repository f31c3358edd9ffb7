package heard.casework;

import heard.casework.domain.OutOfScopeReason;

/**
 * A case to log: a formal complaint, with the procedure it is routed to and why (and, for a
 * non-qualifying one, why it is out of scope), or a representation, which has neither.
 */
public record NewComplaint(RecordType recordType, ComplaintDetails details, ProcedureKind procedure,
                           String eligibilityReasons, OutOfScopeReason outOfScope) {

    public NewComplaint {
        // Given none, a formal complaint, as logging has always taken it.
        recordType = recordType == null ? RecordType.COMPLAINT : recordType;
    }

    public NewComplaint(ComplaintDetails details, ProcedureKind procedure, String eligibilityReasons,
                        OutOfScopeReason outOfScope) {
        this(RecordType.COMPLAINT, details, procedure, eligibilityReasons, outOfScope);
    }
}
