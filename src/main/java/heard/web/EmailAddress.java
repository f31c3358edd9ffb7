package heard.web;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email address as GOV.UK Notify accepts one (so casework refuses on a case what Notify would refuse): a local part, an @, and a domain of at least two labels
 * of letters, digits and hyphens, with no spaces. Self-checking: an address Notify would refuse is refused
 * when it is recorded, not when the message is sent.
 */
public record EmailAddress(String value) {

    private static final Pattern LOCAL = Pattern.compile("[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~\\-]+");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    public EmailAddress {
        if (!valid(value)) {
            throw new IllegalArgumentException("Not an email address: " + value);
        }
    }

    public static Optional<EmailAddress> parse(String text) {
        return valid(text == null ? null : text.strip()) ? Optional.of(new EmailAddress(text.strip())) : Optional.empty();
    }

    public static boolean valid(String value) {
        if (value == null || value.length() > 320 || value.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        int at = value.lastIndexOf('@');
        if (at < 1 || at == value.length() - 1) {
            return false;
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1).toLowerCase(Locale.ROOT);
        if (!LOCAL.matcher(local).matches() || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return false;
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return !labels[labels.length - 1].matches("\\d+");
    }

    @Override
    public String toString() {
        return value;
    }
}
