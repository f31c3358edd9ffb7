package heard.casework;

import heard.casework.domain.OutOfScopeReason;
import heard.casework.domain.RestrictionReason;

/**
 * A case to log: a formal complaint, with the procedure it is routed to and why (and, for a
 * non-qualifying one, why it is out of scope), or a representation, which has neither.
 *
 * @param restricting why the case is to be restricted from the moment it is logged; null for a case that is not
 */
public record NewComplaint(RecordType recordType, ComplaintDetails details, ProcedureKind procedure,
                           String eligibilityReasons, OutOfScopeReason outOfScope, Restricting restricting) {

    /**
     * A restriction asked for on the log form, which the case checks by the rules of restricting it from its page
     * ({@code Complaint.restrict}).
     *
     * @param otherReason the words of {@link RestrictionReason#OTHER}
     */
    public record Restricting(RestrictionReason reason, String otherReason) {
    }

    public NewComplaint {
        // Given none, a formal complaint, as logging has always taken it.
        recordType = recordType == null ? RecordType.COMPLAINT : recordType;
    }

    public NewComplaint(RecordType recordType, ComplaintDetails details, ProcedureKind procedure,
                        String eligibilityReasons, OutOfScopeReason outOfScope) {
        this(recordType, details, procedure, eligibilityReasons, outOfScope, null);
    }

    public NewComplaint(ComplaintDetails details, ProcedureKind procedure, String eligibilityReasons,
                        OutOfScopeReason outOfScope) {
        this(RecordType.COMPLAINT, details, procedure, eligibilityReasons, outOfScope);
    }
}
