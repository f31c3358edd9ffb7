package heard.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The calendar's tables. The column {@code day} is written {@code "day"} because H2 reserves the word;
 * quoted in lower case it is the same column on PostgreSQL.
 */
@Repository
class CalendarStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CalendarStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Starts a change: moves the version on, which also locks its row until the transaction ends, so that
     * changes made at the same time on several instances happen one after the other, each seeing the last.
     */
    void beginChange() {
        jdbc.sql("UPDATE calendar_version SET version = version + 1 WHERE id = 1").update();
    }

    long version() {
        return jdbc.sql("SELECT version FROM calendar_version WHERE id = 1").query(Long.class).single();
    }

    boolean hasBankHolidays() {
        return jdbc.sql("SELECT COUNT(*) FROM calendar_bank_holiday").query(Long.class).single() > 0;
    }

    List<BankHoliday> bankHolidays() {
        return jdbc.sql("""
                        SELECT "day", title, notes, bunting, source, loaded_at
                        FROM calendar_bank_holiday ORDER BY "day"
                        """)
                .query((row, n) -> new BankHoliday(date(row, "day"), row.getString("title"), row.getString("notes"),
                        row.getBoolean("bunting"), BankHoliday.Source.valueOf(row.getString("source").toUpperCase(Locale.ROOT)),
                        instant(row, "loaded_at")))
                .list();
    }

    List<ClosureDay> closureDays() {
        return jdbc.sql("""
                        SELECT "day", description, added_at FROM calendar_closure_day ORDER BY "day"
                        """)
                .query((row, n) -> new ClosureDay(date(row, "day"), row.getString("description"), instant(row, "added_at")))
                .list();
    }

    /** Replaces the bank holidays of the whole years in {@code years} with {@code holidays}. */
    void replaceBankHolidays(DateRange years, List<BankHoliday> holidays) {
        jdbc.sql("""
                        DELETE FROM calendar_bank_holiday WHERE "day" BETWEEN :first AND :last
                        """)
                .param("first", years.start())
                .param("last", years.end())
                .update();
        batch.batchUpdate("""
                        INSERT INTO calendar_bank_holiday ("day", title, notes, bunting, source, loaded_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """, holidays, holidays.size(), (statement, holiday) -> {
            statement.setObject(1, holiday.date());
            statement.setString(2, holiday.title());
            statement.setString(3, holiday.notes());
            statement.setBoolean(4, holiday.bunting());
            statement.setString(5, holiday.source().name().toLowerCase(Locale.ROOT));
            statement.setObject(6, timestamp(holiday.loadedAt()));
        });
    }

    void addClosureDays(List<ClosureDay> days) {
        batch.batchUpdate("""
                        INSERT INTO calendar_closure_day ("day", description, added_at) VALUES (?, ?, ?)
                        """, days, days.size(), (statement, day) -> {
            statement.setObject(1, day.date());
            statement.setString(2, day.description());
            statement.setObject(3, timestamp(day.addedAt()));
        });
    }

    void removeClosureDay(LocalDate day) {
        jdbc.sql("""
                        DELETE FROM calendar_closure_day WHERE "day" = :day
                        """)
                .param("day", day)
                .update();
    }

    /** The working days of the bank holidays and closure days now in the tables (as this transaction sees them). */
    WorkingDayTable workingDays() {
        List<LocalDate> holidays = jdbc.sql("""
                        SELECT "day" FROM calendar_bank_holiday
                        """).query(LocalDate.class).list();
        Set<LocalDate> nonWorking = new HashSet<>(holidays);
        nonWorking.addAll(jdbc.sql("""
                        SELECT "day" FROM calendar_closure_day
                        """).query(LocalDate.class).list());
        return new WorkingDayTable(WorkingDayTable.yearsOf(holidays), nonWorking);
    }

    /** Writes {@code calendar_day} afresh from {@code table}, for reporting's SQL. */
    void writeCalendarDays(WorkingDayTable table) {
        jdbc.sql("DELETE FROM calendar_day").update();
        List<Object[]> rows = new ArrayList<>();
        table.forEachDay((day, workingDayNo, isWorking) -> rows.add(new Object[] {day, workingDayNo, isWorking}));
        batch.batchUpdate("""
                INSERT INTO calendar_day ("day", working_day_no, is_working) VALUES (?, ?, ?)
                """, rows);
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
