package heard.calendar;

import static heard.calendar.CalendarFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import heard.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reporting decides "within N working days" in SQL on calendar_day, as {@link WorkingDayCalendar}'s Javadoc
 * describes; run on the database, it must agree with {@link WorkingDayCalendar#add}.
 */
@DatabaseTest
class SqlWithinWorkingDaysAgreesWithAddTest {

    /** The Javadoc's test: answered on or before the working day numbered the start's number plus N. */
    private static final String WITHIN = """
            SELECT CASE WHEN :answered <= (SELECT due."day" FROM calendar_day due
                                           WHERE due.working_day_no = s.working_day_no + :n AND due.is_working)
                        THEN 'within' ELSE 'late' END
            FROM calendar_day s WHERE s."day" = :start
            """;

    /** The tempting shortcut, which a Saturday after a Friday due date fools. */
    private static final String NAIVE_WITHIN = """
            SELECT CASE WHEN a.working_day_no - s.working_day_no <= :n THEN 'within' ELSE 'late' END
            FROM calendar_day s, calendar_day a WHERE s."day" = :start AND a."day" = :answered
            """;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "N = {0}")
    @ValueSource(ints = {1, 5, 10, 20, 25, 65})
    void the_SQL_due_date_of_every_start_from_December_2019_to_January_2020_is_that_of_add(int n) {
        Map<LocalDate, LocalDate> dueBySql = jdbc.sql("""
                        SELECT s."day" AS start_day, due."day" AS due_day
                        FROM calendar_day s
                        JOIN calendar_day due ON due.working_day_no = s.working_day_no + :n AND due.is_working
                        WHERE s."day" BETWEEN :first AND :last
                        """)
                .param("n", n)
                .param("first", date("2019-12-01"))
                .param("last", date("2020-01-31"))
                .query((row, i) -> Map.entry(row.getObject("start_day", LocalDate.class), row.getObject("due_day", LocalDate.class)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(dueBySql).hasSize(62);
        dueBySql.forEach((start, due) -> assertThat(due).as("due %s working days after %s", n, start).isEqualTo(calendar.add(start, n)));
    }

    @ParameterizedTest(name = "started {0}, {1} working days, answered {2}: {3}")
    @CsvSource(textBlock = """
            2019-06-07,  5, 2019-06-14, within
            2019-06-07,  5, 2019-06-15, late
            2019-06-07,  5, 2019-06-16, late
            2019-06-07,  5, 2019-06-17, late
            2019-06-08,  1, 2019-06-10, within
            2019-06-08,  1, 2019-06-11, late
            2019-12-16,  7, 2019-12-25, within
            2019-12-16,  7, 2019-12-27, within
            2019-12-16,  7, 2019-12-28, late
            2019-12-20, 10, 2020-01-08, within
            2019-12-20, 10, 2020-01-09, late
            """)
    void the_SQL_agrees_with_add_at_the_edges(LocalDate start, int n, LocalDate answered, String expected) {
        String bySql = jdbc.sql(WITHIN).param("answered", answered).param("n", n).param("start", start).query(String.class).single();

        assertThat(bySql).isEqualTo(expected);
        assertThat(answered.isAfter(calendar.add(start, n)) ? "late" : "within").isEqualTo(expected);
    }

    @ParameterizedTest(name = "answered on Saturday {0}")
    @ValueSource(strings = {"2019-06-15", "2019-12-28"})
    void comparing_the_answer_s_own_number_would_wrongly_count_a_Saturday_after_a_Friday_due_date_in_time(LocalDate saturday) {
        LocalDate friday = saturday.minusDays(1);
        LocalDate start = friday.minusWeeks(1);
        int n = calendar.between(start, friday);

        assertThat(calendar.add(start, n)).isEqualTo(friday);
        assertThat(jdbc.sql(NAIVE_WITHIN).param("answered", saturday).param("n", n).param("start", start).query(String.class).single())
                .isEqualTo("within");
        assertThat(jdbc.sql(WITHIN).param("answered", saturday).param("n", n).param("start", start).query(String.class).single())
                .isEqualTo("late");
    }

    @Test
    void a_due_date_beyond_the_years_Heard_knows_is_NULL_in_SQL_and_refused_by_add() {
        LocalDate start = date("2027-12-20");

        List<LocalDate> due = jdbc.sql("""
                        SELECT (SELECT due."day" FROM calendar_day due
                                WHERE due.working_day_no = s.working_day_no + 10 AND due.is_working) AS due_day
                        FROM calendar_day s WHERE s."day" = :start
                        """)
                .param("start", start)
                .query((row, i) -> row.getObject("due_day", LocalDate.class))
                .list();

        assertThat(due).containsExactly((LocalDate) null);
        assertThatThrownBy(() -> calendar.add(start, 10)).isInstanceOf(CalendarNotKnownException.class);
    }
}
