package heard.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An England and Wales bank holiday, as GOV.UK's bank-holidays.json lists it, and where Heard got it.
 *
 * @param date     the day off ("2015-12-28")
 * @param title    its name ("Boxing Day")
 * @param notes    GOV.UK's notes, empty or e.g. "Substitute day"
 * @param bunting  GOV.UK's flag for a celebratory day, kept so that the file can be reproduced
 * @param source   whether it came with Heard or an administrator uploaded it
 * @param loadedAt when it was loaded
 */
public record BankHoliday(LocalDate date, String title, String notes, boolean bunting, Source source, Instant loadedAt) {

    /** The longest title or notes Heard keeps; GOV.UK's are far shorter. */
    static final int MAX_TEXT = 200;

    public BankHoliday {
        Objects.requireNonNull(date, "A bank holiday needs a date.");
        if (title == null || title.isBlank() || title.length() > MAX_TEXT) {
            throw new IllegalArgumentException("Bank holiday " + date + " needs a title of 1 to " + MAX_TEXT + " characters.");
        }
        Objects.requireNonNull(notes, () -> "Bank holiday " + date + ": notes may be empty, not null.");
        if (notes.length() > MAX_TEXT) {
            throw new IllegalArgumentException("Bank holiday " + date + ": notes are limited to " + MAX_TEXT + " characters.");
        }
        Objects.requireNonNull(source, () -> "Bank holiday " + date + " needs a source.");
        Objects.requireNonNull(loadedAt, () -> "Bank holiday " + date + " needs the time it was loaded.");
    }

    /** Where a bank holiday came from. */
    public enum Source {
        /** Heard's own copy, src/main/resources/calendar/bank-holidays.json, loaded on first start. */
        BUNDLED,
        /** A bank-holidays.json an administrator uploaded. */
        UPLOADED
    }
}
