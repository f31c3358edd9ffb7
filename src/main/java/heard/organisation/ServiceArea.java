package heard.organisation;

import java.time.LocalDate;

/** A part of children's services (e.g. Safeguarding); teams belong to one. */
public record ServiceArea(long id, String name, LocalDate closedOn, int version) {

    public boolean openOn(LocalDate date) {
        return closedOn == null || date.isBefore(closedOn);
    }
}
