package heard.casework;

import java.time.LocalDate;
import java.time.Period;

import heard.casework.domain.Text;

/**
 * The child or young person the complaint concerns. The case log carries only an age at
 * receipt; a complaint logged in Heard carries a date of birth, from which the age is worked out.
 */
public record Child(String name, LocalDate dateOfBirth, Integer ageAtReceipt, Sex sex, Ethnicity ethnicity,
                    Boolean disabled) {

    public Child {
        name = Text.tidy(name);
        if (ageAtReceipt != null && (ageAtReceipt < 0 || ageAtReceipt > 25)) {
            throw new IllegalArgumentException("A child's age is 0 to 25 (care leavers are supported to 25): " + ageAtReceipt);
        }
    }

    public static Child none() {
        return new Child(null, null, null, null, null, null);
    }

    /** The age on a date: from the date of birth when known, else as recorded at receipt. */
    public Integer ageOn(LocalDate date) {
        if (dateOfBirth != null && !dateOfBirth.isAfter(date)) {
            return Period.between(dateOfBirth, date).getYears();
        }
        return ageAtReceipt;
    }

    public boolean isEmpty() {
        return name == null && dateOfBirth == null && ageAtReceipt == null && sex == null && ethnicity == null
                && disabled == null;
    }
}
