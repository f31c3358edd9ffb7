package heard.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The working-day table in memory, because deadlines are computed for every case on every page and a
 * database round trip each time would be wasteful. Several instances of Heard may share one database, and
 * an administrator's upload on one must reach the others: so the cache compares its version with the
 * version counter in {@code calendar_version} when it is more than {@link #RECHECK} old, and reloads when
 * they differ. On the instance that made a change it is forgotten as soon as the change commits.
 */
@Component
class CalendarCache {

    /** How stale another instance's change can be here: calendar changes are rare and announced in advance. */
    static final Duration RECHECK = Duration.ofSeconds(5);

    private final CalendarStore store;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private volatile Loaded loaded;

    CalendarCache(CalendarStore store, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    WorkingDayTable current() {
        Instant now = clock.instant();
        Loaded seen = loaded;
        if (seen != null && seen.isFreshAt(now)) {
            return seen.table();
        }
        synchronized (this) {
            seen = loaded;
            if (seen == null || !seen.isFreshAt(now)) {
                seen = readOnly.execute(status -> reload(loaded, now));
                loaded = seen;
            }
            return seen.table();
        }
    }

    /** Forgets the table once the current transaction commits (or now, outside one), so the next call reads the change. */
    void forgetAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget();
                }
            });
        } else {
            forget();
        }
    }

    /** Synchronized so that a reload that began before the change cannot put its older table back afterwards. */
    private synchronized void forget() {
        loaded = null;
    }

    private Loaded reload(Loaded previous, Instant now) {
        // The version is read before the days: were a change to commit in between, the days would be newer
        // than the version, never older, and the next check would load them again.
        long version = store.version();
        WorkingDayTable table = previous != null && previous.version() == version ? previous.table() : store.workingDays();
        return new Loaded(version, table, now);
    }

    private record Loaded(long version, WorkingDayTable table, Instant checkedAt) {

        /** Checked within RECHECK; a clock set back counts as stale, so that it cannot pin an old table. */
        boolean isFreshAt(Instant now) {
            return !now.isBefore(checkedAt) && now.isBefore(checkedAt.plus(RECHECK));
        }
    }
}
