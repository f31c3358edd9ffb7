package heard.casework;

/**
 * A case's reference: the council's own (e.g. {@code CSC-2026-0042}, or whatever an imported log
 * used), unique across all of Heard's records. Up to 50 printable characters, no spaces at either end.
 */
public record CaseReference(String value) {

    public static final int MAXIMUM_LENGTH = 50;

    public CaseReference {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A reference cannot be blank");
        }
        value = value.strip();
        if (value.length() > MAXIMUM_LENGTH) {
            throw new IllegalArgumentException("A reference is at most " + MAXIMUM_LENGTH + " characters: " + value);
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A reference cannot contain control characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
