package heard.calendar;

import static heard.calendar.CalendarFixtures.event;
import static heard.calendar.CalendarFixtures.eventsOf2028;
import static heard.calendar.CalendarFixtures.fileWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import heard.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** A file Heard cannot use is refused with a message saying what is wrong and where, and the calendar stays as it was. */
@DatabaseTest
@RecordApplicationEvents
class MalformedUploadChangesNothingTest {

    @Autowired
    CalendarAdministration administration;

    @Autowired
    CalendarStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    private List<CalendarDayRow> calendarDays;
    private List<BankHoliday> bankHolidays;
    private long version;

    @BeforeEach
    void noteTheCalendarAsItIs() {
        calendarDays = CalendarDayRow.all(jdbc);
        bankHolidays = administration.bankHolidays();
        version = store.version();
    }

    @AfterEach
    void theCalendarIsAsItWas() {
        assertThat(CalendarDayRow.all(jdbc)).isEqualTo(calendarDays);
        assertThat(administration.bankHolidays()).isEqualTo(bankHolidays);
        assertThat(store.version()).isEqualTo(version);
        assertThat(events.stream(CalendarChanged.class)).isEmpty();
    }

    @Test
    void a_file_that_is_not_JSON() {
        assertThatThrownBy(() -> administration.uploadBankHolidays("<html>Bank holidays</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CalendarChangeRefusedException.class)
                .hasMessageStartingWith("The file is not valid JSON at line 1, column 1: Unexpected character ('<'");
    }

    @Test
    void a_file_without_england_and_wales() {
        assertThatThrownBy(() -> administration.uploadBankHolidays("{\"scotland\": {}}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CalendarChangeRefusedException.class)
                .hasMessageStartingWith("The file has no \"england-and-wales\" division.");
    }

    @Test
    void a_good_file_but_for_one_bad_date() {
        List<String> events = new ArrayList<>(Arrays.asList(eventsOf2028()));
        events.add(event("Boxing Day", "2028-12-32"));

        assertThatThrownBy(() -> administration.uploadBankHolidays(fileWith(events.toArray(String[]::new))))
                .isInstanceOf(CalendarChangeRefusedException.class)
                .extracting(e -> ((CalendarChangeRefusedException) e).problems())
                .isEqualTo(List.of("Event 9 of \"england-and-wales\" (\"Boxing Day\") has the date 2028-12-32,"
                        + " which is not a real date written as yyyy-mm-dd."));
    }

    @Test
    void a_file_that_would_leave_years_without_bank_holidays() {
        assertThatThrownBy(() -> administration.uploadBankHolidays(fileWith(event("Christmas Day", "2030-12-25"))))
                .isInstanceOf(CalendarChangeRefusedException.class)
                .hasMessage("The file has bank holidays for 2030 and Heard knows 2015 to 2027: 2028 to 2029 would have none."
                        + " Upload a file that covers 2028 to 2029 too.");
    }
}
