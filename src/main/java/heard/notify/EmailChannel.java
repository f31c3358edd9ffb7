package heard.notify;

/** Which service sends Heard's email. */
enum EmailChannel {
    NOTIFY, SMTP
}
