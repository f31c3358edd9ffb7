package heard.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;


/**
 * Working days, as every deadline in Heard counts them.
 *
 * <p>A working day is Monday to Friday, not an England and Wales bank holiday and not a council closure
 * day. The start date is day 0, whether or not it is itself a working day: "within N working days" of a
 * start date means on or before {@code add(start, N)}. Received on Friday 20 December 2019, with 25 and
 * 26 December and 1 January bank holidays, 10 working days later is Wednesday 8 January 2020.
 *
 * <p>Heard knows bank holidays for whole years only ({@link #known()}); arithmetic that reaches outside
 * them throws {@link CalendarNotKnownException} rather than guess.
 *
 * <p>A paused clock (a complaint suspended during court proceedings) is given as date ranges whose days do
 * not count: the clock stops on the first day of a pause and runs again after its last day.
 *
 * <h2>The same in SQL</h2>
 * Reporting counts in SQL with the table {@code calendar_day("day" DATE PRIMARY KEY, working_day_no INT,
 * is_working BOOLEAN)}, one row for every day Heard knows, where {@code working_day_no} is the number of
 * working days on or before that day. It is rewritten in the same transaction as any change to bank
 * holidays or closure days. Write {@code "day"} in double quotes: H2 reserves the word. Then
 * <ul>
 * <li>working days between a and b ({@link #between}) = {@code b.working_day_no - a.working_day_no};</li>
 * <li>the due date N working days after a start (N ≥ 1, {@link #add}) is the working day whose number is
 * the start's plus N, and something answered on {@code answered} was within N working days when
 * <pre>
 * answered &lt;= (SELECT due."day" FROM calendar_day due
 *               WHERE due.working_day_no = s.working_day_no + N AND due.is_working)
 * </pre>
 * where {@code s} is the start's row. Do not compare {@code answered}'s own number with the start's plus N
 * instead: a Saturday after a Friday due date has the Friday's number, and would wrongly count as in time.
 * The subquery is NULL when the due date is beyond the years Heard knows. For N = 0 the due date is the
 * start itself.</li>
 * <li>pauses: from the working days between a and b subtract, for each pause from p to q, the working
 * days it takes out of them: {@code working_day_no} of the earlier of b and q less that of the later of a
 * and the day before p, when positive.</li>
 * </ul>
 */
public final class WorkingDayCalendar {

    private final Supplier<WorkingDayTable> table;

    /** The application's calendar reads the current table from the cache ({@link CalendarConfiguration}). */
    WorkingDayCalendar(Supplier<WorkingDayTable> table) {
        this.table = table;
    }

    /**
     * A calendar of the bank holidays that come with Heard, and these closure days, for unit tests that have
     * no database. The application itself uses the Spring bean, which follows the administrator's changes.
     */
    public static WorkingDayCalendar withBundledHolidays(LocalDate... closureDays) {
        List<LocalDate> holidays = BundledBankHolidays.read(Instant.EPOCH).stream().map(BankHoliday::date).toList();
        Set<LocalDate> nonWorking = new HashSet<>(holidays);
        nonWorking.addAll(Arrays.asList(closureDays));
        WorkingDayTable fixed = new WorkingDayTable(WorkingDayTable.yearsOf(holidays), nonWorking);
        return new WorkingDayCalendar(() -> fixed);
    }

    /** The days Heard knows: 1 January of the first year with bank holidays to 31 December of the last. */
    public DateRange known() {
        return table.get().known();
    }

    /** True when {@code day} is a working day: a weekday, not a bank holiday, not a closure day. */
    public boolean isWorkingDay(LocalDate day) {
        return table.get().isWorkingDay(day);
    }

    /**
     * The date {@code n} working days after {@code start} (day 0): the n-th working day after it, or
     * {@code start} itself when n is 0. A start on a Saturday plus 1 is the next working day.
     *
     * @throws CalendarNotKnownException when {@code start} or the result is outside {@link #known()}
     * @throws IllegalArgumentException  when n is negative
     */
    public LocalDate add(LocalDate start, int n) {
        return table.get().add(start, n);
    }

    /** As {@link #add(LocalDate, int)}, but the days of the {@code paused} ranges do not count. */
    public LocalDate add(LocalDate start, int n, Collection<DateRange> paused) {
        return table.get().add(start, n, paused);
    }

    /**
     * The number of working days d with a &lt; d ≤ b, negative when b is before a, so that
     * {@code between(a, add(a, n)) == n}.
     *
     * @throws CalendarNotKnownException when a or b is outside {@link #known()}
     */
    public int between(LocalDate a, LocalDate b) {
        return table.get().between(a, b);
    }

    /** As {@link #between(LocalDate, LocalDate)}, but the days of the {@code paused} ranges do not count. */
    public int between(LocalDate a, LocalDate b, Collection<DateRange> paused) {
        return table.get().between(a, b, paused);
    }

    /** When something that started on {@code start} is due under {@code timescale}. */
    public Deadline deadline(LocalDate start, Timescale timescale) {
        return deadline(start, timescale, List.of());
    }

    /** As {@link #deadline(LocalDate, Timescale)}, with the clock paused during the {@code paused} ranges. */
    public Deadline deadline(LocalDate start, Timescale timescale, Collection<DateRange> paused) {
        WorkingDayTable days = table.get();
        return new Deadline(start, timescale,
                days.add(start, timescale.target().count(), paused),
                timescale.extendedTo().map(extended -> days.add(start, extended.count(), paused)));
    }
}
