package heard.calendar;

import static heard.calendar.CalendarFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A complaint received on a Saturday or a bank holiday starts its clock that day: the next working day is day 1. */
class StartOnANonWorkingDayIsStillDayZeroTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.withBundledHolidays();

    @Test
    void one_working_day_after_a_Saturday_is_the_Monday() {
        assertThat(calendar.add(date("2019-06-15"), 1)).isEqualTo(date("2019-06-17"));
    }

    @Test
    void one_working_day_after_Christmas_Day_2019_is_the_Friday_after_Boxing_Day() {
        assertThat(calendar.add(date("2019-12-25"), 1)).isEqualTo(date("2019-12-27"));
    }

    @Test
    void zero_working_days_after_a_Saturday_is_that_Saturday() {
        assertThat(calendar.add(date("2019-06-15"), 0)).isEqualTo(date("2019-06-15"));
    }

    @Test
    void a_Saturday_and_the_Sunday_after_it_are_no_working_days_apart() {
        assertThat(calendar.between(date("2019-06-15"), date("2019-06-16"))).isZero();
        assertThat(calendar.between(date("2019-06-14"), date("2019-06-16"))).isZero();
        assertThat(calendar.between(date("2019-06-15"), date("2019-06-17"))).isEqualTo(1);
    }
}
