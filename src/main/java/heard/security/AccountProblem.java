package heard.security;

/**
 * A change to an account that Heard refuses, with the form field it concerns (or null for the
 * whole form) and the message key that says why.
 */
public class AccountProblem extends RuntimeException {

    private final String field;
    private final String messageKey;

    public AccountProblem(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
