package heard.notify.outbox;

import heard.web.EmailAddress;

/**
 * Who a message goes to: a member of the public (no staff id) or of staff.
 *
 * @param address a postal address, for a letter
 */
public record Recipient(String name, EmailAddress email, String address, Long staffId) {

    public static Recipient staff(long id, String name, EmailAddress email) {
        return new Recipient(name, email, null, id);
    }
}
