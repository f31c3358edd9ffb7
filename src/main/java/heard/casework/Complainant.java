package heard.casework;

/**
 * Who made the complaint and how to reach them. All but the role may be blank (an anonymous
 * complaint, or a log imported without names).
 */
public record Complainant(String name, String address, String phone, String email, ComplainantRole role) {

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
