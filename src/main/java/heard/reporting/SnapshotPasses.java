package heard.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the passes of one count of the figures side by side on PostgreSQL: the request's own transaction (repeatable
 * read) exports its snapshot of the records, and helper connections import it, so every pass reads the records as
 * they were at one moment and the figures stay one consistent count, as if the passes had run one after another.
 *
 * <p>Bounded so that many staff at once cannot take the connection pool: at most {@link #helpers()} helper
 * connections across all of Heard, and a helper takes a pass only once it holds its connection and the snapshot. A
 * request therefore never waits for a connection: with no helper free, or none able to join in time, its own
 * transaction runs every pass itself, one after another, as on H2.
 *
 * <p>The passes run without PostgreSQL's own parallel workers ({@code MeasureQueries}), so a count keeps one process
 * busy for each of its connections: one helper fewer than the database's processors lets the longest pass have a
 * processor to itself while the others share the rest. Set by {@code heard.reporting.pass-helpers}; by default from
 * the processors of the machine Heard runs on (one less, at most two), as when the database shares it.
 */
@Component
class SnapshotPasses {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotPasses.class);
    /** What pg_export_snapshot() gives, checked before it is written into SET TRANSACTION SNAPSHOT. */
    private static final Pattern SNAPSHOT = Pattern.compile("[0-9A-F]+-[0-9A-F]+(-[0-9]+)?");

    private final JdbcClient jdbc;
    private final TransactionTemplate helperTransaction;
    private final int helperCount;
    private final Semaphore free;
    private final ExecutorService helperThreads;

    SnapshotPasses(JdbcClient jdbc, PlatformTransactionManager transactions,
                   @Value("${heard.reporting.pass-helpers:#{null}}") Integer configured) {
        this.jdbc = jdbc;
        this.helperCount = configured != null ? configured
                : Math.min(2, Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        if (helperCount < 1) {
            throw new IllegalArgumentException("heard.reporting.pass-helpers must be 1 or more, not " + helperCount);
        }
        this.free = new Semaphore(helperCount);
        this.helperThreads = Executors.newFixedThreadPool(helperCount, r -> {
            Thread t = new Thread(r, "figures-pass");
            t.setDaemon(true);
            return t;
        });
        this.helperTransaction = new TransactionTemplate(transactions);
        helperTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        helperTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        helperTransaction.setReadOnly(true);
    }

    /**
     * Each pass's result, in the order given. Called in a repeatable-read transaction on PostgreSQL; {@code settings}
     * prepares a helper's transaction as the caller's was prepared.
     */
    <T> List<T> run(List<Supplier<T>> passes, Runnable settings) {
        Batch<T> batch = new Batch<>(passes);
        String snapshot = jdbc.sql("SELECT pg_export_snapshot()").query(String.class).single();
        if (!SNAPSHOT.matcher(snapshot).matches()) {
            throw new IllegalStateException("PostgreSQL exported a snapshot named " + snapshot);
        }
        for (int i = 0; i < Math.min(helperCount, passes.size() - 1) && free.tryAcquire(); i++) {
            helperThreads.execute(() -> {
                try {
                    help(batch, snapshot, settings);
                } finally {
                    free.release();
                }
            });
        }
        batch.work();
        return batch.results();
    }

    private <T> void help(Batch<T> batch, String snapshot, Runnable settings) {
        if (!batch.waiting()) {
            return;
        }
        try {
            helperTransaction.executeWithoutResult(status -> {
                // It only reads: ending it by a rollback is the same, and holds whether or not a pass failed.
                status.setRollbackOnly();
                if (batch.join()) {
                    try {
                        jdbc.sql("SET TRANSACTION SNAPSHOT '" + snapshot + "'").update();
                        settings.run();
                        batch.work();
                    } finally {
                        batch.leave();
                    }
                }
            });
        } catch (RuntimeException e) {
            // Before it took a pass: the request's own transaction runs the passes left, so the figures are whole.
            LOG.warn("A helper could not join a count of the figures; the request counts them itself", e);
        }
    }

    /** The helper connections all counts together may use at once. */
    int helpers() {
        return helperCount;
    }

    @PreDestroy
    void stop() {
        helperThreads.shutdownNow();
    }

    /** One count's passes, taken in turn by the request and the helpers that joined it. */
    private static final class Batch<T> {

        private final List<Supplier<T>> passes;
        private final List<T> results;
        private final AtomicInteger next = new AtomicInteger();
        private int joined;
        private boolean closed;
        private RuntimeException failure;

        Batch(List<Supplier<T>> passes) {
            this.passes = passes;
            this.results = new ArrayList<>(Collections.nCopies(passes.size(), null));
        }

        boolean waiting() {
            return next.get() < passes.size();
        }

        /** A helper joins while passes are left and the request has not finished (its snapshot is still open). */
        synchronized boolean join() {
            if (closed || !waiting()) {
                return false;
            }
            joined++;
            return true;
        }

        synchronized void leave() {
            joined--;
            notifyAll();
        }

        void work() {
            for (int i = next.getAndIncrement(); i < passes.size(); i = next.getAndIncrement()) {
                try {
                    T result = passes.get(i).get();
                    synchronized (this) {
                        results.set(i, result);
                    }
                } catch (RuntimeException e) {
                    synchronized (this) {
                        failure = failure == null ? e : failure;
                    }
                    next.set(passes.size());
                    return;
                }
            }
        }

        /** Once the request's own passes are done: waits for the helpers' and closes the batch to late helpers. */
        synchronized List<T> results() {
            closed = true;
            boolean interrupted = false;
            while (joined > 0) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) {
                throw failure;
            }
            return List.copyOf(results);
        }
    }
}
