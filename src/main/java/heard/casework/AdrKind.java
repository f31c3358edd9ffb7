package heard.casework;

/** Alternative dispute resolution offered alongside the procedure. */
public enum AdrKind {
    CONCILIATION_MEETING, MEDIATION
}
