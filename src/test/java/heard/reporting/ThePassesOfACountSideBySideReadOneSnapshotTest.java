package heard.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import heard.testing.DatabaseTest;
import heard.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL the passes of one count of the figures run side by side on several connections. They must still be
 * one count: every pass reads the records as they were when the count began, whatever is saved meanwhile; a pass
 * that fails fails the count; and however many staff count at once, only a few connections help, so the pool is
 * left for everyone else.
 */
@DatabaseTest
class ThePassesOfACountSideBySideReadOneSnapshotTest {

    @Autowired
    SnapshotPasses passes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    TransactionTemplate count;
    TransactionTemplate elsewhere;

    @BeforeEach
    void onPostgres() {
        Assumptions.assumeTrue(TestDatabase.isPostgres(), "SKIPPED on H2: there the passes run one after another");
        count = new TransactionTemplate(transactions);
        count.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        count.setReadOnly(true);
        elsewhere = new TransactionTemplate(transactions);
        elsewhere.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        elsewhere.executeWithoutResult(s -> jdbc.sql("CREATE TABLE saved_meanwhile (id SERIAL PRIMARY KEY)").update());
    }

    /**
     * A busy machine can let the request's own thread finish every pass before a helper joins, which is right for
     * Heard but would leave nothing side by side to see: the request's passes wait (at most 30 s) until some helper
     * has begun one.
     */
    private final CountDownLatch aHelperIsCounting = new CountDownLatch(1);

    private void sideBySide() {
        if (Thread.currentThread().getName().equals("figures-pass")) {
            aHelperIsCounting.countDown();
            return;
        }
        try {
            aHelperIsCounting.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterEach
    void dropTheTable() {
        if (TestDatabase.isPostgres()) {
            elsewhere.executeWithoutResult(s -> jdbc.sql("DROP TABLE saved_meanwhile").update());
        }
    }

    @Test
    void aRowSavedWhileTheCountRunsIsInNoneOfItsPassesWhicheverConnectionRanThem() {
        record Seen(long rows, int backend) {
        }
        List<Supplier<Seen>> saveThenCount = IntStream.range(0, 6).<Supplier<Seen>>mapToObj(i -> () -> {
            elsewhere.executeWithoutResult(s -> jdbc.sql("INSERT INTO saved_meanwhile DEFAULT VALUES").update());
            sideBySide();
            jdbc.sql("SELECT pg_sleep(0.2)").query(String.class).single();
            return new Seen(jdbc.sql("SELECT COUNT(*) FROM saved_meanwhile").query(Long.class).single(),
                    jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single());
        }).toList();

        List<Seen> seen = count.execute(s -> passes.run(saveThenCount, () -> { }));

        assertThat(seen).extracting(Seen::rows).containsOnly(0L);
        assertThat(seen.stream().map(Seen::backend).distinct().count()).as("connections that ran a pass").isGreaterThan(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM saved_meanwhile").query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void aPassThatFailsFailsTheWholeCount() {
        List<Supplier<Long>> oneFails = IntStream.range(0, 4).<Supplier<Long>>mapToObj(i -> () -> {
            jdbc.sql("SELECT pg_sleep(0.2)").query(String.class).single();
            return jdbc.sql(i == 3 ? "SELECT COUNT(*) FROM no_such_table" : "SELECT COUNT(*) FROM saved_meanwhile")
                    .query(Long.class).single();
        }).toList();

        assertThatThrownBy(() -> count.execute(s -> passes.run(oneFails, () -> { })))
                .hasMessageContaining("no_such_table");
    }

    /**
     * Three counts each wanting helpers: more than the bound (one or two) allows. Three, because each count holds a
     * connection of the test pool's five while it waits for a helper, and up to two helpers need the other two.
     */
    @Test
    void threeCountsAtOnceTakeNoMoreHelpersThanTheBound() throws Exception {
        AtomicInteger helping = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Supplier<Long> pass = () -> {
            boolean helper = !Thread.currentThread().getName().startsWith("count-");
            sideBySide();
            if (helper) {
                most.accumulateAndGet(helping.incrementAndGet(), Math::max);
            }
            try {
                jdbc.sql("SELECT pg_sleep(0.1)").query(String.class).single();
                return jdbc.sql("SELECT COUNT(*) FROM saved_meanwhile").query(Long.class).single();
            } finally {
                if (helper) {
                    helping.decrementAndGet();
                }
            }
        };
        AtomicInteger named = new AtomicInteger();
        ExecutorService staff = Executors.newFixedThreadPool(3, r -> new Thread(r, "count-" + named.incrementAndGet()));
        try {
            List<Future<List<Long>>> counts = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                counts.add(staff.submit(() -> count.execute(s -> passes.run(List.of(pass, pass, pass, pass, pass), () -> { }))));
            }
            for (Future<List<Long>> counted : counts) {
                assertThat(counted.get()).containsOnly(0L).hasSize(5);
            }
        } finally {
            staff.shutdownNow();
        }
        assertThat(most.get()).isBetween(1, passes.helpers());
    }
}
