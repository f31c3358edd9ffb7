package heard.casework.domain;

/** Why a matter cannot be considered under the complaints procedure (it stays on file, signposted). */
public enum OutOfScopeReason {
    COURT_PROCEEDINGS, POLICE_INVESTIGATION, OTHER_STATUTORY_APPEAL, OTHER
}
