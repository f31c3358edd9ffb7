package heard.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A row of the calendar_day table, as reporting's SQL sees it. */
record CalendarDayRow(LocalDate day, int workingDayNo, boolean isWorking) {

    static List<CalendarDayRow> all(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT "day", working_day_no, is_working FROM calendar_day ORDER BY "day"
                        """)
                .query((row, n) -> of(row))
                .list();
    }

    static CalendarDayRow on(JdbcClient jdbc, LocalDate day) {
        return jdbc.sql("""
                        SELECT "day", working_day_no, is_working FROM calendar_day WHERE "day" = :day
                        """)
                .param("day", day)
                .query((row, n) -> of(row))
                .single();
    }

    private static CalendarDayRow of(ResultSet row) throws SQLException {
        return new CalendarDayRow(row.getObject("day", LocalDate.class), row.getInt("working_day_no"), row.getBoolean("is_working"));
    }
}
