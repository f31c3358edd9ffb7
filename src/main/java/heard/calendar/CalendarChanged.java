package heard.calendar;

import java.util.Objects;

/**
 * Published whenever the calendar changes, so that the change can be recorded in the audit trail without
 * the calendar depending on the audit module. It is published on the thread of the person making the
 * change, inside the transaction that makes it: a plain {@code @EventListener} can see who they are and
 * write its record in the same transaction.
 *
 * @param what    what kind of change
 * @param summary what changed, in plain English, naming the days ("Added closure days for Christmas
 *                shutdown: 24, 29, 30 and 31 December 2025.")
 */
public record CalendarChanged(Change what, String summary) {

    public CalendarChanged {
        Objects.requireNonNull(what, "Say what kind of calendar change this is.");
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("A calendar change needs a summary.");
        }
    }

    /** The kinds of change. */
    public enum Change {
        /** Heard loaded its bundled copy of the bank holidays into an empty database, on first start. */
        BUNDLED_BANK_HOLIDAYS_LOADED,
        /** An administrator uploaded a bank-holidays.json. */
        BANK_HOLIDAYS_UPLOADED,
        /** An administrator added one or more closure days. */
        CLOSURE_DAYS_ADDED,
        /** An administrator removed a closure day. */
        CLOSURE_DAY_REMOVED
    }
}
