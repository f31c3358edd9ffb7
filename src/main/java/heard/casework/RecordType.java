package heard.casework;

/**
 * What kind of case casework holds (the case log's {@code record_type}, for the kinds that are
 * cases): a formal complaint, or a representation, a concern resolved informally before any
 * formal complaint. Compliments, comments and member enquiries are feedback, not cases.
 */
public enum RecordType {
    COMPLAINT, REPRESENTATION;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
