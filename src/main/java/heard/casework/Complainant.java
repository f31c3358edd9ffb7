package heard.casework;

import heard.casework.domain.Text;

/**
 * Who made the complaint and how to reach them. All but the role may be blank (an anonymous
 * complaint, or a log imported without names).
 *
 * @param doNotContact      they asked not to be contacted: nothing is sent to them
 * @param addressRestricted their postal address must not be written to (a refuge, a protected placement)
 */
public record Complainant(String name, String address, String phone, String email, ComplainantRole role,
                          boolean doNotContact, boolean addressRestricted) {

    public Complainant(String name, String address, String phone, String email, ComplainantRole role) {
        this(name, address, phone, email, role, false, false);
    }

    public static Complainant anonymous() {
        return new Complainant(null, null, null, null, ComplainantRole.ANONYMOUS);
    }

    public Complainant {
        name = Text.tidy(name);
        address = Text.tidy(address);
        phone = Text.tidy(phone);
        email = Text.tidy(email);
    }
}
