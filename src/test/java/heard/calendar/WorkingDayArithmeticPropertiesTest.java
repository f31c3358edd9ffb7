package heard.calendar;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.localDates;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of working-day arithmetic that hold for any start and any number of days, with and without
 * pauses, checked on many generated examples. Starts run from 2015 to mid-2026 and n up to 200, with pauses
 * of up to a month near the start, so that every result stays inside the years the bundled calendar knows.
 */
class WorkingDayArithmeticPropertiesTest {

    private static final LocalDate FIRST_START = LocalDate.of(2015, 1, 1);
    private static final LocalDate LAST_START = LocalDate.of(2026, 6, 30);
    private static final int MOST_DAYS = 200;

    private final WorkingDayCalendar calendar = WorkingDayCalendar.withBundledHolidays(
            LocalDate.of(2019, 12, 24), LocalDate.of(2019, 12, 27), LocalDate.of(2024, 7, 1));

    @Test
    void between_a_start_and_n_working_days_after_it_there_are_n_working_days() {
        qt().forAll(starts(), days())
                .check((start, n) -> calendar.between(start, calendar.add(start, n)) == n);
    }

    @Test
    void n_working_days_after_any_start_is_a_working_day_when_n_is_at_least_1() {
        qt().forAll(starts(), integers().between(1, MOST_DAYS))
                .check((start, n) -> calendar.isWorkingDay(calendar.add(start, n)));
    }

    @Test
    void one_more_working_day_is_always_a_later_date() {
        qt().forAll(starts(), integers().between(0, MOST_DAYS - 1))
                .check((start, n) -> calendar.add(start, n).isBefore(calendar.add(start, n + 1)));
    }

    @Test
    void counting_backwards_gives_the_same_number_negated() {
        qt().forAll(starts(), starts())
                .check((a, b) -> calendar.between(a, b) == -calendar.between(b, a));
    }

    @Test
    void with_pauses_the_n_working_days_between_leave_out_the_paused_days() {
        qt().forAll(pausedStarts(), days())
                .check((clock, n) -> calendar.between(clock.start(), calendar.add(clock.start(), n, clock.paused()), clock.paused()) == n);
    }

    @Test
    void with_pauses_n_working_days_after_any_start_is_a_working_day_outside_every_pause() {
        qt().forAll(pausedStarts(), integers().between(1, MOST_DAYS))
                .check((clock, n) -> {
                    LocalDate due = calendar.add(clock.start(), n, clock.paused());
                    return calendar.isWorkingDay(due) && clock.paused().stream().noneMatch(pause -> pause.contains(due));
                });
    }

    @Test
    void with_pauses_one_more_working_day_is_always_a_later_date() {
        qt().forAll(pausedStarts(), integers().between(0, MOST_DAYS - 1))
                .check((clock, n) -> calendar.add(clock.start(), n, clock.paused())
                        .isBefore(calendar.add(clock.start(), n + 1, clock.paused())));
    }

    @Test
    void a_pause_never_brings_a_due_date_forward() {
        qt().forAll(pausedStarts(), days())
                .check((clock, n) -> !calendar.add(clock.start(), n, clock.paused()).isBefore(calendar.add(clock.start(), n)));
    }

    private static Gen<LocalDate> starts() {
        return localDates().withDaysBetween(FIRST_START.toEpochDay(), LAST_START.toEpochDay());
    }

    private static Gen<Integer> days() {
        return integers().between(0, MOST_DAYS);
    }

    /** A stage's clock: its start, and the date ranges during which it was paused. */
    record PausedClock(LocalDate start, List<DateRange> paused) {
    }

    private static Gen<PausedClock> pausedStarts() {
        return starts().flatMap(start -> pausesNear(start).map(paused -> new PausedClock(start, paused)));
    }

    /**
     * Up to three pauses of up to a month each, beginning from a month before to 200 days after {@code start}:
     * they may hold the start, overlap each other or miss the days counted.
     */
    private static Gen<List<DateRange>> pausesNear(LocalDate start) {
        Gen<DateRange> pause = integers().between(-30, 200).zip(integers().between(0, 30),
                (from, length) -> DateRange.of(start.plusDays(from), start.plusDays(from + length)));
        return lists().of(pause).ofSizeBetween(0, 3);
    }
}
