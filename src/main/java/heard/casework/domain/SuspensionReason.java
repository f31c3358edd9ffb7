package heard.casework.domain;

/** Why a complaint's clock is paused. */
public enum SuspensionReason {
    COURT_PROCEEDINGS, POLICE_INVESTIGATION
}
