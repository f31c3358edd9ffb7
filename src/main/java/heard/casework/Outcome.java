package heard.casework;

/** How a stage ended (the case log's {@code stageN_outcome}). */
public enum Outcome {
    UPHELD, PARTIALLY_UPHELD, NOT_UPHELD,
    /** No finding could be made. */
    INCONCLUSIVE,
    WITHDRAWN,
    /** The complainant went to the next stage before this stage answered. */
    ESCALATED_WITHOUT_RESPONSE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** An answer on the merits, sent in a response (not a withdrawal or an escalation). */
    public boolean isFinding() {
        return this == UPHELD || this == PARTIALLY_UPHELD || this == NOT_UPHELD || this == INCONCLUSIVE;
    }
}
