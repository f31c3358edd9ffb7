package heard.casework.domain;

import java.time.LocalDate;

import heard.calendar.DateRange;

/**
 * A pause of the complaint's clock while court proceedings or a police investigation run. Its
 * days do not count towards any deadline; {@code resumedOn} is the first day the clock runs again.
 */
public record Suspension(LocalDate from, LocalDate resumedOn, SuspensionReason reason) {

    public Suspension {
        if (from == null || reason == null) {
            throw new IllegalArgumentException("A suspension has a start date and a reason");
        }
        if (resumedOn != null && !resumedOn.isAfter(from)) {
            throw new IllegalArgumentException("A suspension resumes after it starts");
        }
    }

    public boolean isOngoing() {
        return resumedOn == null;
    }

    /** The paused days: from the start to the day before the clock runs again (or to {@code until} while ongoing). */
    DateRange pausedDays(LocalDate until) {
        LocalDate last = resumedOn != null ? resumedOn.minusDays(1) : until;
        return DateRange.of(from, last.isBefore(from) ? from : last);
    }
}
