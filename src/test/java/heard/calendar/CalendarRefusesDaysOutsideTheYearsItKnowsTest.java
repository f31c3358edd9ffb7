package heard.calendar;

import static heard.calendar.CalendarFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Beyond the years with known bank holidays Heard refuses to count, rather than guess. */
class CalendarRefusesDaysOutsideTheYearsItKnowsTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.withBundledHolidays();

    @Test
    void the_bundled_calendar_knows_2015_to_2027() {
        assertThat(calendar.known()).isEqualTo(DateRange.of(date("2015-01-01"), date("2027-12-31")));
    }

    @Test
    void a_start_date_after_the_last_year_is_refused_with_a_message_naming_it() {
        assertThatThrownBy(() -> calendar.add(date("2028-01-04"), 1))
                .isInstanceOf(CalendarNotKnownException.class)
                .hasMessage("Heard's calendar knows bank holidays from 2015 to 2027; 2028-01-04 is outside it."
                        + " An administrator can upload a newer bank-holidays.json.");
    }

    @Test
    void a_date_before_the_first_year_is_refused() {
        assertThatThrownBy(() -> calendar.isWorkingDay(date("2014-12-31")))
                .isInstanceOf(CalendarNotKnownException.class)
                .hasMessageContaining("2014-12-31 is outside it");
        assertThatThrownBy(() -> calendar.between(date("2014-12-31"), date("2015-01-05")))
                .isInstanceOf(CalendarNotKnownException.class);
    }

    @Test
    void a_due_date_that_would_fall_after_the_last_year_is_refused() {
        assertThatThrownBy(() -> calendar.add(date("2027-12-20"), 10))
                .isInstanceOf(CalendarNotKnownException.class)
                .hasMessageContaining("the day 10 working days after 2027-12-20 is outside it")
                .extracting(e -> ((CalendarNotKnownException) e).known())
                .isEqualTo(calendar.known());
    }

    @Test
    void a_due_date_pushed_past_the_last_year_by_a_pause_is_refused() {
        List<DateRange> paused = List.of(DateRange.of(date("2027-12-01"), date("2027-12-31")));

        assertThatThrownBy(() -> calendar.add(date("2027-11-29"), 5, paused)).isInstanceOf(CalendarNotKnownException.class);
    }

    @Test
    void an_extended_deadline_past_the_last_year_is_refused_though_the_target_is_known() {
        assertThat(calendar.add(date("2027-11-01"), 25)).isEqualTo(date("2027-12-06"));
        assertThatThrownBy(() -> calendar.deadline(date("2027-11-01"), StatutoryTimescales.STAGE_2))
                .isInstanceOf(CalendarNotKnownException.class);
    }

    @Test
    void the_last_known_day_itself_can_be_counted_from_and_to() {
        assertThat(calendar.add(date("2027-12-31"), 0)).isEqualTo(date("2027-12-31"));
        assertThat(calendar.add(date("2027-12-29"), 2)).isEqualTo(date("2027-12-31"));
        assertThat(calendar.between(date("2015-01-01"), date("2015-01-02"))).isEqualTo(1);
    }

    @Test
    void a_negative_number_of_working_days_is_refused() {
        assertThatThrownBy(() -> calendar.add(date("2019-06-14"), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A number of working days cannot be negative, but was -1.");
    }
}
