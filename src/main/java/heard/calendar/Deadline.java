package heard.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When something is due: {@link WorkingDayCalendar#deadline} computes it from a start date (day 0) and a
 * {@link Timescale}. Something done on or before {@code due} was done within the timescale.
 *
 * @param start       the day the clock started (day 0)
 * @param timescale   the timescale it runs to
 * @param due         the last day within the target
 * @param extendedDue the last day within the most the timescale can be extended to; empty when it cannot be
 */
public record Deadline(LocalDate start, Timescale timescale, LocalDate due, Optional<LocalDate> extendedDue) {

    public Deadline {
        Objects.requireNonNull(start, "A deadline needs a start date.");
        Objects.requireNonNull(timescale, "A deadline needs a timescale.");
        Objects.requireNonNull(due, "A deadline needs a due date.");
        Objects.requireNonNull(extendedDue, "Say Optional.empty() for a deadline that cannot be extended.");
        if (due.isBefore(start)) {
            throw new IllegalArgumentException("Deadline for " + timescale.name() + ": due " + due + " is before the start " + start + ".");
        }
        if (extendedDue.isPresent() != timescale.extendedTo().isPresent()) {
            throw new IllegalArgumentException("Deadline for " + timescale.name() + ": an extended due date goes with, and only with, an extendable timescale.");
        }
        extendedDue.filter(extended -> extended.isBefore(due)).ifPresent(extended -> {
            throw new IllegalArgumentException("Deadline for " + timescale.name() + ": extended due " + extended + " is before the due date " + due + ".");
        });
    }

    /** True when something done on {@code day} was done within the target timescale. */
    public boolean isMetBy(LocalDate day) {
        return !day.isAfter(due);
    }
}
