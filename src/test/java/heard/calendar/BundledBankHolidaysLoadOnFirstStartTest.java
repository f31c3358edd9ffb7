package heard.calendar;

import static heard.calendar.CalendarFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import heard.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A new database gets the bank holidays that come with Heard, and the table reporting counts with. */
@DatabaseTest
class BundledBankHolidaysLoadOnFirstStartTest {

    @Autowired
    CalendarAdministration administration;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    CalendarStore store;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_bundled_bank_holidays_for_2015_to_2027_are_in_the_database() {
        List<BankHoliday> holidays = administration.bankHolidays();

        assertThat(holidays).hasSize(107)
                .allSatisfy(holiday -> assertThat(holiday.source()).isEqualTo(BankHoliday.Source.BUNDLED));
        assertThat(holidays.get(0).date()).isEqualTo(date("2015-01-01"));
        assertThat(holidays.get(holidays.size() - 1).date()).isEqualTo(date("2027-12-28"));
        assertThat(calendar.known()).isEqualTo(DateRange.of(date("2015-01-01"), date("2027-12-31")));
    }

    @Test
    void the_calendar_counts_with_them() {
        assertThat(calendar.add(date("2019-12-20"), 10)).isEqualTo(date("2020-01-08"));
    }

    @Test
    void calendar_day_has_every_day_Heard_knows_with_the_running_count_of_working_days() {
        List<CalendarDayRow> rows = CalendarDayRow.all(jdbc);
        LocalDate first = date("2015-01-01");

        assertThat(rows).hasSize((int) ChronoUnit.DAYS.between(first, date("2028-01-01")));
        // 1 January 2015 is a bank holiday, so it is numbered 0 and every day's number counts the working days after it.
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.isWorking()).as("is_working of %s", row.day()).isEqualTo(calendar.isWorkingDay(row.day()));
            assertThat(row.workingDayNo()).as("working_day_no of %s", row.day()).isEqualTo(calendar.between(first, row.day()));
        });
    }

    @Test
    void starting_again_with_bank_holidays_in_the_database_loads_nothing() {
        long version = store.version();

        administration.loadBundledBankHolidaysIfNone();

        assertThat(store.version()).isEqualTo(version);
        assertThat(administration.bankHolidays()).hasSize(107);
    }
}
