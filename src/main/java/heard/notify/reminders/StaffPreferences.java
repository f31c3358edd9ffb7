package heard.notify.reminders;

import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who has turned reminders by email off. Everyone else has them on. */
@Repository
public class StaffPreferences {

    private final JdbcClient jdbc;

    StaffPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean remindersByEmail(long staffId) {
        return jdbc.sql("SELECT reminders_by_email FROM notify_staff_preference WHERE staff_id = :id")
                .param("id", staffId).query(Boolean.class).optional().orElse(true);
    }

    Set<Long> remindersOff() {
        return new HashSet<>(jdbc.sql("SELECT staff_id FROM notify_staff_preference WHERE reminders_by_email = FALSE")
                .query(Long.class).list());
    }

    public void setRemindersByEmail(long staffId, boolean on) {
        if (jdbc.sql("UPDATE notify_staff_preference SET reminders_by_email = :on WHERE staff_id = :id")
                .param("on", on).param("id", staffId).update() == 0) {
            jdbc.sql("INSERT INTO notify_staff_preference (staff_id, reminders_by_email) VALUES (:id, :on) "
                            + "ON CONFLICT DO NOTHING")
                    .param("id", staffId).param("on", on).update();
        }
    }
}
