package heard.casework;

/** Domain event: a stage was allocated to a member of staff to answer. */
public record StageAllocated(CaseReference reference, int stage, long responderId) {
}
