package heard.calendar;

import static heard.calendar.CalendarFixtures.date;
import static heard.calendar.CalendarFixtures.event;
import static heard.calendar.CalendarFixtures.eventsOf2028;
import static heard.calendar.CalendarFixtures.fileWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * An administrator uploads GOV.UK's newer file, which starts in 2020, reaches 2028 and (in this test) moves
 * the Early May bank holiday of 2027. Its years replace Heard's; the years before it stay.
 */
@DatabaseTest
@RecordApplicationEvents
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AdministratorUploadsNewerBankHolidaysTest {

    @Autowired
    CalendarAdministration administration;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEvents events;

    @Test
    void the_file_replaces_the_bank_holidays_of_its_years_and_calendar_day_reaches_its_last_year() {
        clock.set(Instant.parse("2027-02-01T10:00:00Z"));

        CalendarChanged change = administration.uploadBankHolidays(newerFile());

        assertThat(change).isEqualTo(new CalendarChanged(CalendarChanged.Change.BANK_HOLIDAYS_UPLOADED,
                "Uploaded the England and Wales bank holidays for 2020 to 2028. Added: 7 May 2027, 3 January 2028,"
                        + " 14 April 2028, 17 April 2028, 1 May 2028, 29 May 2028, 28 August 2028, 25 December 2028,"
                        + " 26 December 2028. Removed: 3 May 2027. Heard now knows bank holidays for 2015 to 2028."));
        assertThat(events.stream(CalendarChanged.class)).containsExactly(change);

        assertThat(calendar.known()).isEqualTo(DateRange.of(date("2015-01-01"), date("2028-12-31")));
        assertThat(calendar.isWorkingDay(date("2027-05-03"))).isTrue();
        assertThat(calendar.isWorkingDay(date("2027-05-07"))).isFalse();
        assertThat(calendar.add(date("2027-12-24"), 5)).isEqualTo(date("2028-01-05"));

        assertThat(administration.bankHolidays()).allSatisfy(holiday -> assertThat(holiday.source())
                .isEqualTo(holiday.date().getYear() < 2020 ? BankHoliday.Source.BUNDLED : BankHoliday.Source.UPLOADED));
        assertThat(administration.bankHolidays()).filteredOn(holiday -> holiday.source() == BankHoliday.Source.UPLOADED)
                .allSatisfy(holiday -> assertThat(holiday.loadedAt()).isEqualTo(Instant.parse("2027-02-01T10:00:00Z")));

        assertThat(administration.uploadBankHolidays(newerFile()).summary()).as("the same file again").isEqualTo(
                "Uploaded the England and Wales bank holidays for 2020 to 2028. Added: none. Removed: none."
                        + " Heard now knows bank holidays for 2015 to 2028.");

        List<CalendarDayRow> rows = CalendarDayRow.all(jdbc);
        assertThat(rows).hasSize((int) ChronoUnit.DAYS.between(date("2015-01-01"), date("2029-01-01")));
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.isWorking()).as("is_working of %s", row.day()).isEqualTo(calendar.isWorkingDay(row.day()));
            assertThat(row.workingDayNo()).as("working_day_no of %s", row.day())
                    .isEqualTo(calendar.between(date("2015-01-01"), row.day()));
        });
    }

    /** The bundled holidays from 2020 on, the Early May bank holiday of 2027 moved to Friday 7 May, and 2028. */
    private static byte[] newerFile() {
        List<String> events = new ArrayList<>();
        for (BankHoliday holiday : BundledBankHolidays.read(Instant.EPOCH)) {
            LocalDate day = holiday.date().equals(date("2027-05-03")) ? date("2027-05-07") : holiday.date();
            if (day.getYear() >= 2020) {
                events.add(event(holiday.title(), day.toString()));
            }
        }
        events.addAll(Arrays.asList(eventsOf2028()));
        return fileWith(events.toArray(String[]::new));
    }
}
