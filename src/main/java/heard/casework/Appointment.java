package heard.casework;

import java.time.LocalDate;

import heard.casework.domain.Text;

/**
 * A person appointed to a stage: an Investigating Officer, an Independent Person, a review
 * panel's chair or member. {@code independent} records that they are independent of the council;
 * {@code staffId} is their Heard account where they have one (an investigator who signs in to
 * see the cases they are appointed to), else null.
 */
public record Appointment(String name, LocalDate appointedOn, boolean independent, Long staffId) {

    public Appointment(String name, LocalDate appointedOn, boolean independent) {
        this(name, appointedOn, independent, null);
    }

    public Appointment {
        name = Text.tidy(name);
        if (name == null) {
            throw new IllegalArgumentException("An appointment names the person");
        }
        if (appointedOn == null) {
            throw new IllegalArgumentException("An appointment has a date");
        }
    }

    public boolean samePersonAs(Appointment other) {
        return other != null && name.equalsIgnoreCase(other.name);
    }
}
