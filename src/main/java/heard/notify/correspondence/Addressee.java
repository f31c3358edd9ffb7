package heard.notify.correspondence;

import heard.notify.outbox.MessageChannel;

/**
 * Where correspondence on a case may go: the complainant's (or their representative's) email or postal
 * address exactly as the case records it.
 *
 * @param to the email address or the postal address
 */
public record Addressee(MessageChannel channel, String name, String to) {
}
