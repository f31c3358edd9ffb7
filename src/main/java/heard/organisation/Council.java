package heard.organisation;

/**
 * The council: its name, shown on every page and report, and how the public reaches its
 * complaints team (any of which may be blank until an administrator sets them).
 */
public record Council(String name, String contactEmail, String contactPhone, String contactAddress, int version) {

    public Council {
        contactEmail = blankToNull(contactEmail);
        contactPhone = blankToNull(contactPhone);
        contactAddress = blankToNull(contactAddress);
    }

    public boolean hasContactDetails() {
        return contactEmail != null || contactPhone != null || contactAddress != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
