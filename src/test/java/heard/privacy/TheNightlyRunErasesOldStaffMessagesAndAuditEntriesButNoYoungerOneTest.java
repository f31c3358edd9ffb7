package heard.privacy;

import static heard.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.CaseworkPersonalData;
import heard.casework.Refusal;
import heard.casework.Casework;
import heard.security.StaffAccounts;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first day of 2010 the nightly run erases the reminder sent to a member of staff in 2007 (past the
 * 2 years of staff messages) but not the one of 2009, nor a letter to the public of 2007 (erased only with its
 * record); it removes the audit entry of 2002 (past the 7 years of the trail) but not the one of 2004. The
 * database refuses to delete an entry younger than 7 years, whoever asks, and the schedule refuses an audit
 * period below 7 years.
 */
@DatabaseTest
class TheNightlyRunErasesOldStaffMessagesAndAuditEntriesButNoYoungerOneTest {

    @Autowired
    RetentionSchedule schedule;
    @Autowired
    AuditTrail audit;
    @Autowired
    Casework casework;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void staff_messages_and_audit_entries_past_their_period_go_and_younger_ones_stay() {
        long oldReminder = aMessage("REMINDER", "Rita Responder", LocalDate.of(2007, 5, 1));
        long youngReminder = aMessage("REMINDER", "Rita Responder", LocalDate.of(2009, 6, 1));
        long oldLetter = aMessage("CORRESPONDENCE", "Pat Parent", LocalDate.of(2007, 5, 1));
        long oldEntry = anAuditEntry(LocalDate.of(2002, 6, 1));
        long youngerEntry = anAuditEntry(LocalDate.of(2004, 1, 1));

        clock.setDate(LocalDate.of(2010, 1, 1));
        RetentionSchedule.ErasedByAge erased = schedule.eraseByAge();

        assertThat(erased.staffMessages()).isGreaterThanOrEqualTo(1);
        assertThat(erased.auditEntries()).isGreaterThanOrEqualTo(1);
        assertThat(message(oldReminder)).containsEntry("body", CaseworkPersonalData.ERASED)
                .containsEntry("recipient_name", null).containsEntry("recipient_email", null);
        assertThat(message(youngReminder)).containsEntry("recipient_name", "Rita Responder");
        assertThat(message(oldLetter)).containsEntry("recipient_name", "Pat Parent");
        assertThat(entries(oldEntry)).isZero();
        assertThat(entries(youngerEntry)).isOne();
        assertThat(audit.history(new AuditSubject("audit-trail", "retention")))
                .anySatisfy(e -> assertThat(e.summary()).contains("removed by the retention schedule"));

        long now = anAuditEntry(LocalDate.now(java.time.Clock.systemUTC()));
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE id = :id").param("id", now).update())
                .hasStackTraceContaining("append-only");
        assertThat(entries(now)).isOne();
    }

    @Test
    void the_audit_trail_is_kept_at_least_seven_years() {
        PrivacyFixtures people = new PrivacyFixtures(casework, accounts, clock);
        RetentionSchedule.Periods periods = schedule.periods();
        Map<RecordClass, Integer> shorter = new EnumMap<>(periods.years());
        shorter.put(RecordClass.AUDIT, 6);

        assertThatThrownBy(() -> as(people.manager, () -> schedule.change(shorter, periods.version())))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.field()).isEqualTo("audit");
                    assertThat(r.messageKey()).isEqualTo("retention.years.range");
                });
        assertThatThrownBy(() -> jdbc.sql("UPDATE retention_period SET years = 6 WHERE record_class = 'AUDIT'").update())
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("retention_period_audit_floor_ck"));
        assertThat(schedule.periods().of(RecordClass.AUDIT)).isEqualTo(periods.of(RecordClass.AUDIT));
    }

    private long aMessage(String kind, String to, LocalDate on) {
        OffsetDateTime at = on.atTime(9, 0).atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO notify_message (dedup_key, kind, channel, case_reference, recipient_name, recipient_email,
                    recipient_staff_id, subject, body, status, created_by, created_at, sent_at)
                VALUES (:key, :kind, 'EMAIL', 'CSC-2007-0001', :to, 'someone@example.org', 1, 'Reminder', 'Due soon',
                    'SENT', 'system', :at, :at)""")
                .param("key", tag + "|" + kind + "|" + on).param("kind", kind).param("to", to).param("at", at).update();
        return jdbc.sql("SELECT id FROM notify_message WHERE dedup_key = :key").param("key", tag + "|" + kind + "|" + on)
                .query(Long.class).single();
    }

    private Map<String, Object> message(long id) {
        Map<String, Object> row = new java.util.HashMap<>();
        jdbc.sql("SELECT recipient_name, recipient_email, body FROM notify_message WHERE id = :id").param("id", id)
                .query(rs -> {
                    row.put("recipient_name", rs.getString("recipient_name"));
                    row.put("recipient_email", rs.getString("recipient_email"));
                    row.put("body", rs.getString("body"));
                });
        return row;
    }

    private long anAuditEntry(LocalDate on) {
        String subject = tag + "-" + on;
        jdbc.sql("""
                INSERT INTO audit_event (occurred_at, actor, action, subject_type, subject_id, summary)
                VALUES (:at, 'olive', 'viewed', 'case', :subject, NULL)""")
                .param("at", on.atTime(9, 0).atOffset(ZoneOffset.UTC)).param("subject", subject).update();
        return jdbc.sql("SELECT id FROM audit_event WHERE subject_id = :subject").param("subject", subject)
                .query(Long.class).single();
    }

    private long entries(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE id = :id").param("id", id).query(Long.class).single();
    }
}
