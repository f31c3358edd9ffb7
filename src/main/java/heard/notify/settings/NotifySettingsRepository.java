package heard.notify.settings;

import java.util.HashMap;
import java.util.Map;

import heard.notify.outbox.EmailChannel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class NotifySettingsRepository {

    private final JdbcClient jdbc;

    NotifySettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public NotifySettings load() {
        Map<String, Integer> days = new HashMap<>();
        jdbc.sql("SELECT deadline_kind, days FROM notify_reminder_days")
                .query(rs -> {
                    days.put(rs.getString("deadline_kind"), rs.getInt("days"));
                });
        return jdbc.sql("SELECT * FROM notify_settings WHERE id = 1")
                .query((rs, n) -> new NotifySettings(EmailChannel.valueOf(rs.getString("email_channel")),
                        rs.getString("notify_api_key"), rs.getString("notify_template_id"),
                        rs.getString("notify_base_url"), rs.getString("smtp_from"), rs.getInt("max_attempts"), days,
                        rs.getInt("version")))
                .single();
    }

    /** Saves over the version the person saw; false when someone else saved meanwhile. */
    public boolean save(NotifySettings s) {
        int updated = jdbc.sql("""
                        UPDATE notify_settings SET email_channel = :channel, notify_api_key = :key,
                            notify_template_id = :template, notify_base_url = :base, smtp_from = :from,
                            max_attempts = :attempts, version = version + 1
                        WHERE id = 1 AND version = :version""")
                .param("channel", s.channel().name()).param("key", s.notifyApiKey())
                .param("template", s.notifyTemplateId()).param("base", s.notifyBaseUrl())
                .param("from", s.smtpFrom()).param("attempts", s.maxAttempts()).param("version", s.version())
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM notify_reminder_days").update();
        s.reminderDays().forEach((kind, days) -> jdbc.sql(
                        "INSERT INTO notify_reminder_days (deadline_kind, days) VALUES (:kind, :days)")
                .param("kind", kind).param("days", days).update());
        return true;
    }
}
