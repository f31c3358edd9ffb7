package heard.organisation;

/** A change to the council's structure that Heard refuses: the form field and the message key that says why. */
public class OrganisationProblem extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public OrganisationProblem(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
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
