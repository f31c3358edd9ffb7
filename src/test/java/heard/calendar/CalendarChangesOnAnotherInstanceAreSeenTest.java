package heard.calendar;

import static heard.calendar.CalendarFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of Heard share a database. Another instance's change is simulated here by writing to the
 * tables and moving the version on, as its transaction would; this instance sees it within a few seconds.
 */
@DatabaseTest
class CalendarChangesOnAnotherInstanceAreSeenTest {

    private static final LocalDate INSET_DAY = date("2019-07-01");

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void undoTheOtherInstancesChange() {
        jdbc.sql("DELETE FROM calendar_closure_day WHERE \"day\" = :day").param("day", INSET_DAY).update();
        jdbc.sql("UPDATE calendar_version SET version = version + 1 WHERE id = 1").update();
        clock.advance(CalendarCache.RECHECK);
    }

    @Test
    void a_closure_day_added_on_another_instance_counts_here_once_the_version_is_rechecked() {
        assertThat(calendar.isWorkingDay(INSET_DAY)).isTrue();

        jdbc.sql("""
                INSERT INTO calendar_closure_day ("day", description, added_at) VALUES (:day, 'Inset day', CURRENT_TIMESTAMP)
                """).param("day", INSET_DAY).update();
        jdbc.sql("UPDATE calendar_version SET version = version + 1 WHERE id = 1").update();

        clock.advance(Duration.ofSeconds(1));
        assertThat(calendar.isWorkingDay(INSET_DAY)).as("within the recheck interval the cached calendar is used").isTrue();

        clock.advance(CalendarCache.RECHECK);
        assertThat(calendar.isWorkingDay(INSET_DAY)).isFalse();
    }
}
