package heard.casework;

/** Which procedure a complaint is handled under (the case log's {@code procedure} column). */
public enum ProcedureKind {
    /** The Children Act 1989 representations procedure: three stages, timescales fixed by regulation. */
    STATUTORY,
    /** The council's own procedure: stages and timescales as the council configures them. */
    CORPORATE,
    /** Recorded, and signposted elsewhere, but accepted under neither procedure. */
    NON_QUALIFYING;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean hasStages() {
        return this != NON_QUALIFYING;
    }
}
