package heard.notify;

import java.util.regex.Pattern;

/**
 * A kind of deadline that a {@link DeadlineSource} returns, e.g. {@code casework.response} or
 * {@code learning.action}: the complaints manager sets, for each kind, how many working days before it
 * the owner is reminded.
 *
 * @param code       unique across modules: the module's name, a dot, and the kind in lower case
 * @param messageKey the key of its name in the message bundle, e.g. "Stage response"
 */
public record DeadlineKind(String code, String messageKey) {

    private static final Pattern CODE = Pattern.compile("[a-z]+\\.[a-z0-9-]+");

    public DeadlineKind {
        if (code == null || !CODE.matcher(code).matches() || code.length() > 60) {
            throw new IllegalArgumentException("A deadline kind's code is module.kind in lower case: " + code);
        }
        if (messageKey == null || messageKey.isBlank()) {
            throw new IllegalArgumentException("A deadline kind has a name in the message bundle");
        }
    }
}
