package heard.calendar;

import static heard.calendar.CalendarFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The calendar's values refuse to be built wrong, saying why. */
class CalendarValuesCheckThemselvesTest {

    @Test
    void working_days_are_never_negative() {
        assertThat(WorkingDays.of(0).count()).isZero();
        assertThat(WorkingDays.of(10)).hasToString("10 working days");
        assertThatThrownBy(() -> WorkingDays.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_date_range_cannot_end_before_it_starts() {
        assertThat(DateRange.of(date("2019-01-01"), date("2019-01-01")).days()).containsExactly(date("2019-01-01"));
        assertThatThrownBy(() -> DateRange.of(date("2019-01-02"), date("2019-01-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A date range cannot end (2019-01-01) before it starts (2019-01-02).");
    }

    @Test
    void a_date_range_includes_both_its_ends() {
        DateRange range = DateRange.of(date("2019-01-01"), date("2019-01-03"));

        assertThat(range.contains(date("2019-01-01"))).isTrue();
        assertThat(range.contains(date("2019-01-03"))).isTrue();
        assertThat(range.contains(date("2019-01-04"))).isFalse();
        assertThat(range.days()).hasSize(3);
    }

    @Test
    void a_timescale_can_only_be_extended_beyond_its_target() {
        assertThatThrownBy(() -> Timescale.extendable("Stage 1 response", 10, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beyond its target of 10 working days");
        assertThatThrownBy(() -> Timescale.of(" ", 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_deadline_is_not_due_before_it_starts_and_its_extension_goes_with_the_timescale() {
        Timescale fiveDays = Timescale.of("Member enquiry response", 5);

        assertThatThrownBy(() -> new Deadline(date("2019-01-07"), fiveDays, date("2019-01-04"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Deadline(date("2019-01-07"), fiveDays, date("2019-01-14"), Optional.of(date("2019-01-21"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Deadline(date("2019-01-07"), StatutoryTimescales.STAGE_1, date("2019-01-21"), Optional.of(date("2019-01-14"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_closure_day_is_a_weekday_with_a_description() {
        assertThatThrownBy(() -> new ClosureDay(date("2019-12-28"), "Christmas shutdown", java.time.Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is a Saturday");
        assertThatThrownBy(() -> new ClosureDay(date("2019-12-27"), "", java.time.Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_calendar_change_says_what_changed() {
        assertThatThrownBy(() -> new CalendarChanged(CalendarChanged.Change.CLOSURE_DAY_REMOVED, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
