package heard.calendar;

import static heard.calendar.CalendarFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import heard.testing.DatabaseTest;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The council shuts between Christmas and New Year 2019: deadlines move, and the reporting table follows. */
@DatabaseTest
@RecordApplicationEvents
class ClosureDaysChangeWorkingDayArithmeticTest {

    private static final DateRange CHRISTMAS_2019 = DateRange.of(date("2019-12-24"), date("2019-12-31"));

    @Autowired
    CalendarAdministration administration;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void reopen() {
        administration.closureDays().forEach(closed -> administration.removeClosureDay(closed.date()));
    }

    @Test
    void a_Christmas_shutdown_is_added_in_one_go_leaving_out_the_weekend_and_the_bank_holidays() {
        CalendarChanged change = administration.addClosureDays(CHRISTMAS_2019, "  Christmas shutdown ");

        assertThat(change).isEqualTo(new CalendarChanged(CalendarChanged.Change.CLOSURE_DAYS_ADDED,
                "Added closure days for \"Christmas shutdown\": 24 December 2019, 27 December 2019, 30 December 2019, 31 December 2019."));
        assertThat(events.stream(CalendarChanged.class)).containsExactly(change);
        assertThat(administration.closureDays()).extracting(ClosureDay::date)
                .containsExactly(date("2019-12-24"), date("2019-12-27"), date("2019-12-30"), date("2019-12-31"));
        assertThat(administration.closureDays()).extracting(ClosureDay::description).containsOnly("Christmas shutdown");
    }

    @Test
    void closure_days_move_deadlines_and_calendar_day() {
        administration.addClosureDays(CHRISTMAS_2019, "Christmas shutdown");

        assertThat(calendar.add(date("2019-12-20"), 10)).isEqualTo(date("2020-01-14"));
        assertThat(calendar.isWorkingDay(date("2019-12-24"))).isFalse();
        assertThat(row("2019-12-24").isWorking()).isFalse();
        assertThat(row("2020-01-14").workingDayNo() - row("2019-12-20").workingDayNo()).isEqualTo(10);
    }

    @Test
    void removing_a_closure_day_makes_it_a_working_day_again() {
        administration.addClosureDay(date("2019-12-24"), "Christmas Eve");

        CalendarChanged change = administration.removeClosureDay(date("2019-12-24"));

        assertThat(change.summary()).isEqualTo("Removed the closure day on 24 December 2019 (\"Christmas Eve\"); it is a working day again.");
        assertThat(calendar.isWorkingDay(date("2019-12-24"))).isTrue();
        assertThat(row("2019-12-24").isWorking()).isTrue();
        assertThat(calendar.add(date("2019-12-20"), 10)).isEqualTo(date("2020-01-08"));
    }

    @Test
    void a_weekend_day_a_bank_holiday_and_a_day_outside_the_calendar_are_refused() {
        assertRefused(() -> administration.addClosureDay(date("2019-12-28"), "Christmas shutdown"),
                "28 December 2019 is a Saturday: weekends are never working days, so it cannot be a closure day.");
        assertRefused(() -> administration.addClosureDay(date("2019-12-26"), "Christmas shutdown"),
                "26 December 2019 is already a bank holiday (Boxing Day), so it cannot be a closure day.");
        assertRefused(() -> administration.addClosureDays(DateRange.of(date("2027-12-29"), date("2028-01-04")), "Christmas shutdown"),
                "29 December 2027 to 4 January 2028 is outside the years whose bank holidays Heard knows (2015 to 2027)."
                        + " Upload a newer bank-holidays.json first.");
        assertRefused(() -> administration.addClosureDays(DateRange.of(date("2019-12-28"), date("2019-12-29")), "Weekend"),
                "28 December 2019 to 29 December 2019 has no day to close: every day in it is a weekend or a bank holiday.");
    }

    @Test
    void a_day_already_closed_is_refused_and_the_rest_of_the_range_is_not_added_either() {
        administration.addClosureDay(date("2019-12-27"), "Stocktaking");

        assertRefused(() -> administration.addClosureDays(CHRISTMAS_2019, "Christmas shutdown"),
                "27 December 2019 is already a closure day (\"Stocktaking\").");
        assertThat(administration.closureDays()).extracting(ClosureDay::date).containsExactly(date("2019-12-27"));
    }

    @Test
    void a_closure_needs_a_description_of_at_most_200_characters() {
        assertRefused(() -> administration.addClosureDay(date("2019-12-24"), " "),
                "Enter a description of the closure, such as \"Christmas shutdown\".");
        assertRefused(() -> administration.addClosureDay(date("2019-12-24"), "x".repeat(201)),
                "The description must be 200 characters or fewer; it has 201.");
    }

    @Test
    void every_problem_is_named_at_once() {
        assertThatThrownBy(() -> administration.addClosureDay(date("2019-12-28"), ""))
                .isInstanceOf(CalendarChangeRefusedException.class)
                .extracting(e -> ((CalendarChangeRefusedException) e).problems())
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .hasSize(2);
    }

    @Test
    void removing_a_day_that_is_not_closed_is_refused() {
        assertRefused(() -> administration.removeClosureDay(date("2019-12-24")),
                "24 December 2019 is not a closure day, so there is nothing to remove.");
    }

    private void assertRefused(ThrowingCallable change, String problem) {
        List<ClosureDay> before = administration.closureDays();
        List<CalendarDayRow> days = CalendarDayRow.all(jdbc);
        long published = events.stream(CalendarChanged.class).count();

        assertThatThrownBy(change).isInstanceOf(CalendarChangeRefusedException.class)
                .extracting(e -> ((CalendarChangeRefusedException) e).problems())
                .isEqualTo(List.of(problem));

        assertThat(administration.closureDays()).isEqualTo(before);
        assertThat(CalendarDayRow.all(jdbc)).isEqualTo(days);
        assertThat(events.stream(CalendarChanged.class).count()).isEqualTo(published);
    }

    private CalendarDayRow row(String day) {
        return CalendarDayRow.on(jdbc, date(day));
    }
}
