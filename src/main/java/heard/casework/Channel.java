package heard.casework;

/** How a complaint reached the council. */
public enum Channel {
    TELEPHONE, COMPLAINT_FORM, EMAIL, LETTER, WEB_FORM, IN_PERSON, OTHER;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
