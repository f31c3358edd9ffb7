package heard.notify.outbox;


/**
 * A message to queue in the outbox.
 *
 * @param dedupKey    what makes it this message and no other: queuing it again does nothing
 * @param deadlineKey for a message about a deadline, the deadline (kind, record, stage, due date); else null
 */
public record OutgoingMessage(String dedupKey, String deadlineKey, MessageKind kind, MessageChannel channel, String caseReference,
                       String templateKey, Recipient recipient, String subject, String body, String createdBy) {

    public OutgoingMessage {
        if (dedupKey == null || kind == null || channel == null || recipient == null || subject == null || body == null
                || createdBy == null) {
            throw new IllegalArgumentException("A message has a key, a kind, a channel, a recipient, a subject and a body");
        }
        if (channel == MessageChannel.EMAIL && recipient.email() == null) {
            throw new IllegalArgumentException("An email has an address to go to");
        }
    }
}
