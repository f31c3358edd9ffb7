package heard.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * The working days of the years Heard knows, as a running count: {@code number[i]} is how many working
 * days there are on or before the i-th day of the known range. Every question is then arithmetic on two
 * numbers, the same arithmetic that reporting does in SQL on the {@code calendar_day} table this produces.
 * Immutable: a change to the calendar builds a new table.
 */
final class WorkingDayTable {

    private final DateRange known;
    private final boolean[] working;
    private final int[] number;

    /**
     * @param known          the days Heard knows: 1 January of the first year with bank holidays to
     *                       31 December of the last
     * @param nonWorkingDays bank holidays and closure days; those outside {@code known} are ignored
     */
    WorkingDayTable(DateRange known, Set<LocalDate> nonWorkingDays) {
        this.known = known;
        int size = (int) ChronoUnit.DAYS.between(known.start(), known.end()) + 1;
        working = new boolean[size];
        number = new int[size];
        int count = 0;
        for (int i = 0; i < size; i++) {
            LocalDate day = known.start().plusDays(i);
            working[i] = !isWeekend(day) && !nonWorkingDays.contains(day);
            if (working[i]) {
                count++;
            }
            number[i] = count;
        }
    }

    /** The whole years from the first to the last year of these bank holidays. */
    static DateRange yearsOf(Collection<LocalDate> bankHolidays) {
        LocalDate first = bankHolidays.stream().min(Comparator.naturalOrder()).orElseThrow(
                () -> new IllegalStateException("Heard's calendar has no bank holidays, so it knows no working days."));
        LocalDate last = bankHolidays.stream().max(Comparator.naturalOrder()).orElseThrow();
        return DateRange.of(first.withDayOfYear(1), LocalDate.of(last.getYear(), 12, 31));
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    DateRange known() {
        return known;
    }

    boolean isWorkingDay(LocalDate day) {
        return working[index(day)];
    }

    /** The date {@code n} working days after {@code start}, which is day 0. */
    LocalDate add(LocalDate start, int n) {
        return add(start, n, List.of());
    }

    LocalDate add(LocalDate start, int n, Collection<DateRange> paused) {
        WorkingDays.of(n); // refuses a negative n
        int from = index(start);
        if (n == 0) {
            return start;
        }
        List<DateRange> pauses = merged(paused);
        // The count after start only grows with the day, so the answer is the first day at which it reaches n.
        IntUnaryOperator countTo = to -> counted(from, to, pauses);
        int low = from + 1;
        int high = number.length - 1;
        if (low > high || countTo.applyAsInt(high) < n) {
            throw new CalendarNotKnownException(known, "the day " + n + " working days after " + start);
        }
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (countTo.applyAsInt(middle) >= n) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return dayAt(low);
    }

    /** The number of working days d with a &lt; d ≤ b; negative when b is before a. */
    int between(LocalDate a, LocalDate b) {
        return number[index(b)] - number[index(a)];
    }

    int between(LocalDate a, LocalDate b, Collection<DateRange> paused) {
        int from = index(a);
        int to = index(b);
        List<DateRange> pauses = merged(paused);
        return to >= from ? counted(from, to, pauses) : -counted(to, from, pauses);
    }

    /** Calls {@code row} for every day of the known range, in order: the rows of {@code calendar_day}. */
    void forEachDay(DayRow row) {
        for (int i = 0; i < number.length; i++) {
            row.accept(dayAt(i), number[i], working[i]);
        }
    }

    @FunctionalInterface
    interface DayRow {
        void accept(LocalDate day, int workingDayNo, boolean isWorking);
    }

    /** Working days d with from &lt; d ≤ to (indexes, from ≤ to) that are in none of the (merged) pauses. */
    private int counted(int from, int to, List<DateRange> pauses) {
        int count = number[to] - number[from];
        for (DateRange pause : pauses) {
            // The pause's working days inside (from, to] are those after max(from, day before the pause) up to min(to, its end).
            long pauseFrom = Math.max(from, offset(pause.start()) - 1);
            long pauseTo = Math.min(to, offset(pause.end()));
            if (pauseTo > pauseFrom) {
                count -= number[(int) pauseTo] - number[(int) pauseFrom];
            }
        }
        return count;
    }

    /** Overlapping or adjacent pauses joined, so that no day is taken off twice. */
    private static List<DateRange> merged(Collection<DateRange> paused) {
        List<DateRange> sorted = new ArrayList<>(paused);
        sorted.sort(Comparator.comparing(DateRange::start));
        List<DateRange> merged = new ArrayList<>();
        for (DateRange pause : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && !pause.start().isAfter(merged.get(last).end().plusDays(1))) {
                DateRange joined = merged.get(last);
                merged.set(last, DateRange.of(joined.start(), pause.end().isAfter(joined.end()) ? pause.end() : joined.end()));
            } else {
                merged.add(pause);
            }
        }
        return merged;
    }

    private long offset(LocalDate day) {
        return ChronoUnit.DAYS.between(known.start(), day);
    }

    private int index(LocalDate day) {
        if (!known.contains(day)) {
            throw new CalendarNotKnownException(known, day.toString());
        }
        return (int) offset(day);
    }

    private LocalDate dayAt(int index) {
        return known.start().plusDays(index);
    }
}
