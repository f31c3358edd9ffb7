package heard.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.ClosedRecord;
import heard.casework.Refusal;
import heard.notify.NotifyPersonalData;
import heard.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention schedule: a period per {@link RecordClass}, counted from the day a record's handling ended.
 * A review (daily, and whenever the complaints manager asks) lists the records past their period; the
 * complaints manager approves the ones to erase, and {@link Erasures} erases their personal data, record by
 * record, each in a transaction of its own, so that one refused (held meanwhile, reopened) stops no other.
 *
 * <p>Two classes are erased by age alone, by the nightly run ({@link #eraseByAge()}), without approval: messages
 * to staff (reminders, alerts, digests: {@link NotifyPersonalData}) and the audit trail, whose period is never
 * less than {@link AuditTrail#FLOOR_YEARS} years. The database refuses the application's role the deletion of a
 * younger audit entry (db/vendor V092), so no one signed in to Heard can shorten the trail.
 */
@Service
public class RetentionSchedule {

    public static final int MOST_YEARS = 100;

    /** The periods in years, and the version a change must name. */
    public record Periods(Map<RecordClass, Integer> years, int version) {

        public Periods {
            years = Map.copyOf(years);
        }

        public int of(RecordClass recordClass) {
            return years.get(recordClass);
        }
    }

    /** A record past its period, as the last review listed it. */
    public record Due(RecordClass recordClass, String reference, LocalDate closedOn, LocalDate dueOn, boolean held) {

        /** How a page names it in a form: {@code COMPLAINT:CSC-2019-0001}. */
        public String key() {
            return recordClass.name() + ":" + reference;
        }
    }

    /** A record the approval could not erase, and why (a message key with the reference as its argument). */
    public record NotErased(String reference, String messageKey) implements java.io.Serializable {
    }

    /** What an approval did. */
    public record Outcome(int erased, List<NotErased> notErased) {
    }

    /** The audit trail's entries past their period. */
    public record AuditDue(long entries, LocalDate before) {
    }

    /** What a run erased by age: messages to staff erased, audit entries removed. */
    public record ErasedByAge(int staffMessages, long auditEntries) {
    }

    private final JdbcClient jdbc;
    private final RecordOwners owners;
    private final Erasures erasures;
    private final LegalHolds holds;
    private final AuditTrail audit;
    private final NotifyPersonalData messages;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RetentionSchedule(JdbcClient jdbc, RecordOwners owners, Erasures erasures, LegalHolds holds, AuditTrail audit,
                      NotifyPersonalData messages, CurrentUser currentUser, PlatformTransactionManager transactions,
                      Clock clock) {
        this.jdbc = jdbc;
        this.owners = owners;
        this.erasures = erasures;
        this.holds = holds;
        this.audit = audit;
        this.messages = messages;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public Periods periods() {
        Map<RecordClass, Integer> years = new EnumMap<>(RecordClass.class);
        int[] version = {0};
        jdbc.sql("SELECT record_class, years, version FROM retention_period").query(rs -> {
            years.put(RecordClass.valueOf(rs.getString("record_class")), rs.getInt("years"));
            version[0] += rs.getInt("version");
        });
        return new Periods(years, version[0]);
    }

    /**
     * Sets the periods. Refused, changing nothing, if a period is not {@link RecordClass#fewestYears()} to
     * {@value #MOST_YEARS} years (the refusal names its class's field), or if someone changed them since
     * {@code version}.
     */
    public void change(Map<RecordClass, Integer> years, int version) {
        for (RecordClass recordClass : RecordClass.values()) {
            Integer value = years.get(recordClass);
            if (value == null) {
                throw new Refusal(recordClass.field(), "retention.years.missing");
            }
            if (value < recordClass.fewestYears() || value > MOST_YEARS) {
                throw new Refusal(recordClass.field(), "retention.years.range", recordClass.fewestYears(), MOST_YEARS);
            }
        }
        transaction.executeWithoutResult(status -> {
            Periods before = periods();
            if (before.version() != version) {
                throw Refusal.of("retention.changedMeanwhile");
            }
            for (RecordClass recordClass : RecordClass.values()) {
                if (before.of(recordClass) != years.get(recordClass)) {
                    jdbc.sql("UPDATE retention_period SET years = :years, version = version + 1 WHERE record_class = :class")
                            .param("years", years.get(recordClass)).param("class", recordClass.name()).update();
                }
            }
            audit.changed(new AuditSubject("retention-schedule", "periods"), "changed", "Retention periods changed",
                    before.years(), new EnumMap<>(years));
        });
    }

    /**
     * Lists what is past its period today, replacing the last review's list: a record reopened, or a period
     * lengthened, drops off it. Returns how many records are listed.
     */
    public int review() {
        LocalDate today = LocalDate.now(clock);
        Periods periods = periods();
        return transaction.execute(status -> {
            jdbc.sql("DELETE FROM retention_due").update();
            OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            int listed = 0;
            for (RecordClass recordClass : RecordClass.values()) {
                if (recordClass.erasedByAge()) {
                    continue;
                }
                int years = periods.of(recordClass);
                for (ClosedRecord record : owners.closedOnOrBefore(recordClass, today.minusYears(years))) {
                    jdbc.sql("""
                            INSERT INTO retention_due (record_class, reference, closed_on, due_on, listed_at)
                            VALUES (:class, :reference, :closed, :due, :at)""")
                            .param("class", recordClass.name()).param("reference", record.reference())
                            .param("closed", record.closedOn()).param("due", record.closedOn().plusYears(years))
                            .param("at", now).update();
                    listed++;
                }
            }
            return listed;
        });
    }

    /** The last review's list, held records marked, oldest first. */
    public List<Due> due() {
        Set<String> held = holds.held();
        return jdbc.sql("SELECT * FROM retention_due ORDER BY due_on, record_class, reference")
                .query((rs, n) -> new Due(RecordClass.valueOf(rs.getString("record_class")), rs.getString("reference"),
                        rs.getObject("closed_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                        held.contains(rs.getString("reference"))))
                .list();
    }

    public AuditDue auditDue() {
        LocalDate before = LocalDate.now(clock).minusYears(periods().of(RecordClass.AUDIT));
        return new AuditDue(audit.countBefore(before.atStartOfDay(clock.getZone()).toInstant()), before);
    }

    /**
     * The nightly run's second part: erases the messages to staff written before their period began and removes
     * the audit entries from before theirs (both counted from the start of the day, council time), each in a
     * transaction of its own, and records what it did in the audit trail.
     */
    public ErasedByAge eraseByAge() {
        LocalDate today = LocalDate.now(clock);
        Periods periods = periods();
        java.time.Instant staffBefore = today.minusYears(periods.of(RecordClass.STAFF_MESSAGE))
                .atStartOfDay(clock.getZone()).toInstant();
        int staffMessages = transaction.execute(status -> {
            int erased = messages.eraseStaffMessagesBefore(staffBefore);
            if (erased > 0) {
                audit.changed(new AuditSubject("retention-schedule", "staff-messages"), "erased by age",
                        erased + " messages to staff from before " + staffBefore + " erased", null, null);
            }
            return erased;
        });
        long auditEntries = audit.removeBefore(today.minusYears(periods.of(RecordClass.AUDIT))
                .atStartOfDay(clock.getZone()).toInstant());
        return new ErasedByAge(staffMessages, auditEntries);
    }

    /**
     * Erases the personal data of the listed records chosen (by {@link Due#key()}), as approved by the person
     * signed in. A record not on the list, held, or refused by its owner (reopened) is left as it is, with why.
     */
    public Outcome approve(List<String> keys) {
        String approvedBy = currentUser.require().username();
        Map<String, Due> listed = new java.util.HashMap<>();
        due().forEach(d -> listed.put(d.key(), d));
        int erased = 0;
        List<NotErased> notErased = new ArrayList<>();
        for (String key : keys.stream().distinct().toList()) {
            Due due = listed.get(key);
            if (due == null) {
                notErased.add(new NotErased(key.substring(key.indexOf(':') + 1), "retention.approve.notListed"));
                continue;
            }
            try {
                erasures.erase(due.recordClass(), due.reference(), Erasures.Ground.RETENTION, null, approvedBy,
                        () -> jdbc.sql("DELETE FROM retention_due WHERE record_class = :class AND reference = :reference")
                                .param("class", due.recordClass().name()).param("reference", due.reference()).update());
                erased++;
            } catch (Refusal refusal) {
                notErased.add(new NotErased(due.reference(), refusal.messageKey()));
            }
        }
        return new Outcome(erased, notErased);
    }
}
