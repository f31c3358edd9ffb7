package heard.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Two instances of Heard poll one database for the same hourly job while the clock moves on a day: each
 * hour's run happens once, on one instance or the other, never on both and never not at all.
 */
@DatabaseTest(properties = "heard.jobs.poll=PT0.1S")
class ARecurringJobRunsOnceWhenTwoInstancesShareTheDatabaseTest {

    static final List<Instant> RUNS = new CopyOnWriteArrayList<>();

    @TestConfiguration
    static class HourlyJob {
        @Bean
        RecurringTask<Void> hourly() {
            return Tasks.recurring("test-hourly", FixedDelay.ofHours(1))
                    .execute((instance, context) -> RUNS.add(context.getExecution().executionTime));
        }
    }

    @Autowired
    Scheduler thisInstance;
    @Autowired
    RecurringTask<Void> hourly;
    @Autowired
    DataSource dataSource;
    @Autowired
    TestClock clock;

    private Scheduler otherInstance;

    @AfterEach
    void stop() {
        thisInstance.stop();
        if (otherInstance != null) {
            otherInstance.stop();
        }
    }

    @Test
    void each_hours_run_happens_on_exactly_one_instance() {
        otherInstance = new JobsConfiguration().scheduler(dataSource, List.of(hourly), (Clock) clock, Duration.ofMillis(100), 2);
        thisInstance.start();
        otherInstance.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> !RUNS.isEmpty());

        for (int hour = 1; hour <= 24; hour++) {
            clock.advance(Duration.ofHours(1));
            int expected = hour + 1;
            await().atMost(Duration.ofSeconds(10)).until(() -> RUNS.size() >= expected);
        }
        // Both instances keep polling a while longer: no run is repeated late.
        await().pollDelay(Duration.ofMillis(500)).until(() -> true);

        assertThat(RUNS).hasSize(25).doesNotHaveDuplicates();
    }
}
