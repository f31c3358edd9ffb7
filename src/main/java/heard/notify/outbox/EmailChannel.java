package heard.notify.outbox;

/** Which service sends Heard's email. */
public enum EmailChannel {
    NOTIFY, SMTP
}
