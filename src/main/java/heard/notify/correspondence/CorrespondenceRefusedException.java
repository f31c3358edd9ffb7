package heard.notify.correspondence;

/** Correspondence that must not go: a message key saying why, for the page, and the form field at fault. */
public class CorrespondenceRefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;

    CorrespondenceRefusedException(String field, String messageKey) {
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
