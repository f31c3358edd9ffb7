package heard.calendar;

import static heard.calendar.CalendarFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One working day after the day before a bank holiday (or a run of them) is the first working day after it. */
class WorkingDaysAroundBankHolidaysTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.withBundledHolidays();

    @ParameterizedTest(name = "{2}: the working day after {0} is {1}")
    @CsvSource(textBlock = """
            2015-04-02, 2015-04-07, Easter 2015
            2019-04-18, 2019-04-23, Easter 2019
            2024-03-28, 2024-04-02, Easter 2024 (Good Friday in March)
            2027-03-25, 2027-03-30, Easter 2027
            2015-12-24, 2015-12-29, Christmas 2015 (Boxing Day on Monday 28th)
            2016-12-23, 2016-12-28, Christmas 2016 (Christmas Day on Tuesday 27th)
            2016-12-30, 2017-01-03, New Year 2017 (on Monday 2nd)
            2020-12-24, 2020-12-29, Christmas 2020 (Boxing Day on Monday 28th)
            2021-12-24, 2021-12-29, Christmas 2021 (on Monday 27th and Tuesday 28th)
            2021-12-31, 2022-01-04, New Year 2022 (on Monday 3rd)
            2022-12-23, 2022-12-28, Christmas 2022 (on Monday 26th and Tuesday 27th)
            2022-12-30, 2023-01-03, New Year 2023 (on Monday 2nd)
            2027-12-24, 2027-12-29, Christmas 2027 (on Monday 27th and Tuesday 28th)
            2020-05-07, 2020-05-11, VE day 2020 (the Early May bank holiday moved to Friday 8th)
            2022-06-01, 2022-06-06, Platinum Jubilee 2022 (Thursday 2nd and Friday 3rd)
            2022-09-16, 2022-09-20, State Funeral of Queen Elizabeth II 2022 (Monday 19th)
            2023-05-05, 2023-05-09, Coronation of King Charles III 2023 (Monday 8th)
            """)
    void one_working_day_later_skips_the_bank_holidays(String dayBefore, String nextWorkingDay, String occasion) {
        assertThat(calendar.add(date(dayBefore), 1)).isEqualTo(date(nextWorkingDay));
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource(textBlock = """
            2020-05-04, the first Monday of May 2020 was not a bank holiday: it moved to VE day
            2022-05-30, the last Monday of May 2022 was not a bank holiday: it moved to the Jubilee
            2015-12-24, Christmas Eve is a working day
            2021-12-31, New Year's Eve is a working day
            """)
    void days_that_might_be_taken_for_bank_holidays_are_working_days(String day, String why) {
        assertThat(calendar.isWorkingDay(date(day))).isTrue();
    }

    @ParameterizedTest(name = "{0} is not a working day")
    @CsvSource({"2015-12-28", "2016-12-27", "2017-01-02", "2021-12-27", "2021-12-28", "2022-01-03",
            "2022-12-26", "2022-12-27", "2023-01-02", "2026-12-28", "2027-12-27", "2027-12-28",
            "2020-05-08", "2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08", "2019-12-21", "2019-12-22"})
    void substitute_days_one_off_bank_holidays_and_weekends_are_not_working_days(String day) {
        assertThat(calendar.isWorkingDay(date(day))).isFalse();
    }
}
