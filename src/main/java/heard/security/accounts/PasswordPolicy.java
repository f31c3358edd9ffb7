package heard.security.accounts;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password chosen by a person must be, after the NCSC's advice: long rather than
 * complicated, and not one that appears on lists of common passwords.
 */
public final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;
    static final int MAXIMUM_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "password1234", "123456789012", "qwertyuiopas", "passwordpassword", "letmein12345",
            "welcome12345", "iloveyou1234", "administrator", "changeme1234", "password123!");

    private PasswordPolicy() {
    }

    /** The message key of the first rule the password breaks, if any. */
    public static Optional<String> check(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("password.new.blank");
        }
        if (password.length() < MINIMUM_LENGTH) {
            return Optional.of("password.new.tooShort");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return Optional.of("password.new.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            return Optional.of("password.new.common");
        }
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.new.containsUsername");
        }
        return Optional.empty();
    }
}
