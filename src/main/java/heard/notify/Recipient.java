package heard.notify;

import heard.web.EmailAddress;

/**
 * Who a message goes to: a member of the public (no staff id) or of staff.
 *
 * @param address a postal address, for a letter
 */
record Recipient(String name, EmailAddress email, String address, Long staffId) {

    static Recipient staff(long id, String name, EmailAddress email) {
        return new Recipient(name, email, null, id);
    }
}
