package heard.notify;

/** Correspondence that must not go: a message key saying why, for the page, and the form field at fault. */
class CorrespondenceRefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;

    CorrespondenceRefusedException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }
}
