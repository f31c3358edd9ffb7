package heard.notify.outbox;

/** Where a message stands. */
public enum MessageStatus {
    /** Waiting to be sent (first time, or again after a failure: see attempts and the last error). */
    QUEUED,
    /** Claimed by an instance that is sending it now; if that instance dies, its claim runs out and another sends it. */
    SENDING,
    /** Handed to GOV.UK Notify or the SMTP server. */
    SENT,
    /** Notify reports it delivered. */
    DELIVERED,
    /** Notify reports it could not be delivered (no such address, inbox full...), or it was refused as it stands. */
    FAILED,
    /** Every attempt failed: Heard stopped trying, and the complaints manager sees it. */
    GAVE_UP,
    /** A letter made to print and post. */
    LETTER_MADE;

    boolean isFinal() {
        return this == DELIVERED || this == FAILED || this == GAVE_UP || this == LETTER_MADE;
    }

    /** Not (yet) with its recipient: the case shows it as not sent. */
    public boolean notSent() {
        return this == QUEUED || this == SENDING || this == FAILED || this == GAVE_UP;
    }
}
