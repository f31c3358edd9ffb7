package heard.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The days from {@code start} to {@code end}, both included: a one-day range has start equal to end.
 *
 * @param start the first day
 * @param end   the last day, not before {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        Objects.requireNonNull(start, "A date range needs a start date.");
        Objects.requireNonNull(end, "A date range needs an end date.");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A date range cannot end (" + end + ") before it starts (" + start + ").");
        }
    }

    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** Every day of the range, in order. */
    public Stream<LocalDate> days() {
        return start.datesUntil(end.plusDays(1));
    }

    @Override
    public String toString() {
        return start + " to " + end;
    }
}
