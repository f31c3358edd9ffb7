package heard.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * A weekday the council is closed though it is not a bank holiday, such as the days of a Christmas
 * shutdown. It is not a working day.
 *
 * @param date        the day
 * @param description why the council is closed ("Christmas shutdown")
 * @param addedAt     when an administrator added it
 */
public record ClosureDay(LocalDate date, String description, Instant addedAt) {

    /** The longest description Heard keeps. */
    public static final int MAX_DESCRIPTION = 200;

    public ClosureDay {
        Objects.requireNonNull(date, "A closure day needs a date.");
        if (description == null || description.isBlank() || description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("Closure day " + date + " needs a description of 1 to " + MAX_DESCRIPTION + " characters.");
        }
        if (WorkingDayTable.isWeekend(date)) {
            throw new IllegalArgumentException("Closure day " + date + " is a " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK) + ": only weekdays can be closure days.");
        }
        Objects.requireNonNull(addedAt, () -> "Closure day " + date + " needs the time it was added.");
    }
}
