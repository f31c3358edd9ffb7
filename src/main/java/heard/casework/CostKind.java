package heard.casework;

/** What a cost of handling a complaint paid for (payments to the complainant are remedies, not costs). */
public enum CostKind {
    INVESTIGATING_OFFICER, INDEPENDENT_PERSON, REVIEW_PANEL, MEDIATION
}
