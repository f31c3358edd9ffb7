package heard.learning;

/** Where an action came from. */
public enum ActionOrigin {
    /** Recorded in a stage's answer on the case, and taken up into the register from there. */
    CASE_ANSWER,
    /** Raised in the register from one case or several. */
    CASES,
    /** Raised from the Ombudsman's decision about a case. */
    OMBUDSMAN
}
