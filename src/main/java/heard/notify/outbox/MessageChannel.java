package heard.notify.outbox;

/** How a message reaches its recipient. */
public enum MessageChannel {
    /** By GOV.UK Notify or SMTP, as the settings choose. */
    EMAIL,
    /** A PDF or Word letter, printed and posted by the team: Heard keeps it, nobody sends it. */
    LETTER
}
