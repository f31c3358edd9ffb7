package heard.casework;

/** The child's sex as the case log records it. */
public enum Sex {
    FEMALE, MALE, OTHER, NOT_KNOWN;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
