package heard.calendar;

import static heard.calendar.CalendarFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The example in the case log specification: Christmas Day, Boxing Day and New Year's Day do not count. */
class TenWorkingDaysFromFridayBeforeChristmas2019IsEighthOfJanuaryTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.withBundledHolidays();

    @Test
    void ten_working_days_after_Friday_20_December_2019_is_Wednesday_8_January_2020() {
        assertThat(calendar.add(date("2019-12-20"), 10)).isEqualTo(date("2020-01-08"));
    }

    @Test
    void and_back_again_there_are_ten_working_days_between_them() {
        assertThat(calendar.between(date("2019-12-20"), date("2020-01-08"))).isEqualTo(10);
        assertThat(calendar.between(date("2020-01-08"), date("2019-12-20"))).isEqualTo(-10);
    }

    @Test
    void a_Stage_1_complaint_received_that_day_is_due_on_8_January_and_at_most_on_22_January_when_extended() {
        Deadline deadline = calendar.deadline(date("2019-12-20"), StatutoryTimescales.STAGE_1);

        assertThat(deadline.due()).isEqualTo(date("2020-01-08"));
        assertThat(deadline.extendedDue()).contains(date("2020-01-22"));
        assertThat(deadline.isMetBy(date("2020-01-08"))).isTrue();
        assertThat(deadline.isMetBy(date("2020-01-09"))).isFalse();
    }
}
