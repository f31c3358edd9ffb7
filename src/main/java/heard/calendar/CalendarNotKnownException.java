package heard.calendar;

/**
 * Working-day arithmetic reached a day outside the years whose bank holidays Heard knows. Heard refuses
 * rather than guesses: a guessed deadline could be wrong by a bank holiday nobody announced yet.
 */
public final class CalendarNotKnownException extends RuntimeException {

    private final DateRange known;

    CalendarNotKnownException(DateRange known, String what) {
        super("Heard's calendar knows bank holidays from " + known.start().getYear() + " to " + known.end().getYear()
                + "; " + what + " is outside it. An administrator can upload a newer bank-holidays.json.");
        this.known = known;
    }

    /** The days Heard knows, from 1 January of the first year to 31 December of the last. */
    public DateRange known() {
        return known;
    }
}
