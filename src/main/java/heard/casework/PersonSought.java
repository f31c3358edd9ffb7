package heard.casework;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Who a subject access or erasure request is about, as the person gave it: any of a name, an email
 * address, a phone number and a date of birth. A record names the person when any one given matches
 * what it holds: the name and email ignoring case and spaces at the ends, the phone by its digits.
 * Feedback and public submissions are searched with it too.
 */
public record PersonSought(String name, String email, String phone, LocalDate dateOfBirth) {

    public PersonSought {
        name = name == null || name.isBlank() ? null : name.strip().replaceAll("\\s+", " ");
        email = email == null || email.isBlank() ? null : email.strip();
        phone = phone == null || digits(phone).isEmpty() ? null : phone.strip();
    }

    public boolean isEmpty() {
        return name == null && email == null && phone == null && dateOfBirth == null;
    }

    /** The name as a query compares it: lower case, single spaces. */
    public String nameKey() {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    public String emailKey() {
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    /** The phone number's digits, so that "07700 900123" and "07700900123" are one number. */
    public String phoneDigits() {
        return phone == null ? null : digits(phone);
    }

    /** The digits of a phone number as held, for comparing with {@link #phoneDigits()}. */
    public static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("[^0-9]", "");
    }

    /** Whether a name held matches the name sought. */
    public boolean namesMatch(String held) {
        return name != null && held != null && held.strip().replaceAll("\\s+", " ").equalsIgnoreCase(name);
    }

    public boolean emailMatches(String held) {
        return email != null && held != null && held.strip().equalsIgnoreCase(email);
    }

    public boolean phoneMatches(String held) {
        return phone != null && held != null && digits(held).equals(phoneDigits());
    }
}
