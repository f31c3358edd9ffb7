package heard.casework;

/**
 * A complaint to log: its details, the procedure it is routed to and why, and, for a
 * non-qualifying one, why it is out of scope.
 */
public record NewComplaint(ComplaintDetails details, ProcedureKind procedure, String eligibilityReasons,
                           OutOfScopeReason outOfScope) {
}
