package heard.casework;

/** Whether the complaints team still has work to do on a case. */
public enum CaseStatus {
    OPEN, CLOSED
}
