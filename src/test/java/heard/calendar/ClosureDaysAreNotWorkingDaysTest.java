package heard.calendar;

import static heard.calendar.CalendarFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A council shut between Christmas and New Year: its closure days do not count either. */
class ClosureDaysAreNotWorkingDaysTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.withBundledHolidays(
            date("2019-12-24"), date("2019-12-27"), date("2019-12-30"), date("2019-12-31"));

    @Test
    void ten_working_days_after_20_December_2019_is_14_January_2020_when_the_council_shuts_for_Christmas() {
        assertThat(calendar.add(date("2019-12-20"), 10)).isEqualTo(date("2020-01-14"));
    }

    @Test
    void a_closure_day_is_not_a_working_day() {
        assertThat(calendar.isWorkingDay(date("2019-12-24"))).isFalse();
        assertThat(calendar.isWorkingDay(date("2019-12-23"))).isTrue();
    }
}
