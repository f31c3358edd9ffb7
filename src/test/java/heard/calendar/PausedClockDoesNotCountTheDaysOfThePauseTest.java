package heard.calendar;

import static heard.calendar.CalendarFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A complaint suspended during court proceedings: its clock stops for the pause and runs on after it. */
class PausedClockDoesNotCountTheDaysOfThePauseTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.withBundledHolidays();

    /** Received Monday 7 January 2019: 10 working days later is Monday 21 January. */
    private final java.time.LocalDate received = date("2019-01-07");

    @Test
    void a_pause_of_three_working_days_moves_the_due_date_three_working_days_on() {
        List<DateRange> paused = List.of(DateRange.of(date("2019-01-09"), date("2019-01-11")));

        assertThat(calendar.add(received, 10)).isEqualTo(date("2019-01-21"));
        assertThat(calendar.add(received, 10, paused)).isEqualTo(date("2019-01-24"));
        assertThat(calendar.between(received, date("2019-01-24"), paused)).isEqualTo(10);
    }

    @Test
    void a_pause_over_a_weekend_only_takes_out_its_working_days() {
        List<DateRange> paused = List.of(DateRange.of(date("2019-01-11"), date("2019-01-14")));

        assertThat(calendar.add(received, 10, paused)).isEqualTo(date("2019-01-23"));
    }

    @Test
    void overlapping_pauses_take_out_each_day_once() {
        List<DateRange> paused = List.of(
                DateRange.of(date("2019-01-09"), date("2019-01-10")),
                DateRange.of(date("2019-01-10"), date("2019-01-11")));

        assertThat(calendar.add(received, 10, paused)).isEqualTo(date("2019-01-24"));
    }

    @Test
    void a_pause_before_the_start_or_after_the_due_date_changes_nothing() {
        List<DateRange> paused = List.of(
                DateRange.of(date("2018-12-03"), date("2019-01-07")),
                DateRange.of(date("2019-01-22"), date("2019-02-28")));

        assertThat(calendar.add(received, 10, paused)).isEqualTo(date("2019-01-21"));
    }

    @Test
    void a_clock_paused_from_its_start_begins_to_count_after_the_pause() {
        List<DateRange> paused = List.of(DateRange.of(date("2019-01-07"), date("2019-01-18")));

        assertThat(calendar.add(received, 1, paused)).isEqualTo(date("2019-01-21"));
    }

    @Test
    void backwards_the_count_is_negative_and_skips_the_pause_too() {
        List<DateRange> paused = List.of(DateRange.of(date("2019-01-09"), date("2019-01-11")));

        assertThat(calendar.between(date("2019-01-24"), received, paused)).isEqualTo(-10);
    }

    @Test
    void the_deadline_of_a_paused_stage_moves_with_the_pause() {
        List<DateRange> paused = List.of(DateRange.of(date("2019-01-09"), date("2019-01-11")));

        Deadline deadline = calendar.deadline(received, StatutoryTimescales.STAGE_1, paused);

        assertThat(deadline.due()).isEqualTo(date("2019-01-24"));
        assertThat(deadline.extendedDue()).contains(calendar.add(received, 20, paused));
    }
}
