package heard.security.accounts;

import java.security.SecureRandom;

/**
 * Passwords Heard makes for a person to use once (the first administrator's, a reset): four
 * groups of five characters from an alphabet without look-alikes (no 0/O, 1/l/I), about 100
 * bits of entropy, easy to read off a console and type. Recovery codes are two such groups.
 */
public final class OneTimePasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    public static String generate() {
        return generate(4);
    }

    public static String generate(int groups) {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < groups; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < 5; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
