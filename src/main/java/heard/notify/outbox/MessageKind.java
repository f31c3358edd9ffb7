package heard.notify.outbox;

/** Why Heard sent a message. */
public enum MessageKind {
    /** A letter or email to a complainant (or their representative) about their case. */
    CORRESPONDENCE,
    /** To the member of the public who sent a form: we have it. */
    RECEIPT,
    /** To a deadline's owner, some working days before it. */
    REMINDER,
    /** To the owner and the complaints managers, on the first working day after a deadline was missed. */
    ALERT,
    /** To the owner and the complaints managers, each working day after that while it stays missed. */
    FOLLOW_UP,
    /** The weekly picture for complaints managers and children's rights officers. */
    DIGEST;

    boolean toStaff() {
        return this == REMINDER || this == ALERT || this == FOLLOW_UP || this == DIGEST;
    }
}
