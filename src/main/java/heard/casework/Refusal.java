package heard.casework;

import java.util.Arrays;

/**
 * A move the case's rules do not allow, with the reason as a message key (and its arguments)
 * that says in plain words what is wrong and, where it helps, what to do instead. {@code field}
 * names the form field at fault, or is null when the move itself is not allowed now.
 */
public class Refusal extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public Refusal(String field, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** A refusal of the move itself, not of one field's value. */
    public static Refusal of(String messageKey, Object... arguments) {
        return new Refusal(null, messageKey, arguments);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
