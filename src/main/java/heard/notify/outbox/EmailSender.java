package heard.notify.outbox;

/** Sends one email, by GOV.UK Notify or SMTP: Heard's one interface over both. */
interface EmailSender {

    /** Sends it; returns the provider's name and its id for the message, if it gives one. */
    Receipt send(Email email) throws SendFailure;

    /** @param reference Heard's own id for the message, which Notify keeps beside it */
    record Email(String to, String subject, String body, String reference) {
    }

    record Receipt(String provider, String providerId) {
    }

    /** The message was not sent. A permanent failure (an address the provider refuses) is not tried again. */
    final class SendFailure extends Exception {

        private final boolean permanent;

        SendFailure(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        boolean permanent() {
            return permanent;
        }
    }
}
