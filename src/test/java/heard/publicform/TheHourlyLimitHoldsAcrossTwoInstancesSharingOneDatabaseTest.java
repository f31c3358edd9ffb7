package heard.publicform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import heard.HeardApplication;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import heard.testing.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two instances of Heard (two application contexts) share one database, as several instances behind a
 * load balancer do: an address sending forms to both at once, from eight threads, gets through the hourly
 * limit exactly, not once more on each instance.
 */
@DatabaseTest(properties = TheHourlyLimitHoldsAcrossTwoInstancesSharingOneDatabaseTest.LIMIT)
class TheHourlyLimitHoldsAcrossTwoInstancesSharingOneDatabaseTest {

    static final String LIMIT = "heard.publicform.submissions-per-hour=7";
    static final Instant QUARTER_PAST_TEN = Instant.parse("2026-03-02T10:15:00Z");

    @Autowired
    RateLimit thisInstance;
    @Autowired
    TestClock clock;
    @Autowired
    Environment environment;

    ConfigurableApplicationContext other;

    @BeforeEach
    void startTheOtherInstance() {
        other = new SpringApplicationBuilder(HeardApplication.class, TestClockConfiguration.class)
                .web(WebApplicationType.NONE)
                // Arguments, which outrank application.yml (the builder's properties would not).
                .run("--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                        "--spring.datasource.hikari.maximum-pool-size=5", "--heard.jobs.run=false", "--" + LIMIT,
                        "--spring.main.banner-mode=off");
        clock.set(QUARTER_PAST_TEN);
        other.getBean(TestClock.class).set(QUARTER_PAST_TEN);
        assertThat(other.getEnvironment().getProperty("spring.datasource.url"))
                .isEqualTo(environment.getProperty("spring.datasource.url"));
    }

    @AfterEach
    void stopIt() {
        other.close();
    }

    @Test
    void anAddressSendingToBothInstancesAtOnceGetsThroughTheLimitOnceInAll() throws Exception {
        RateLimit otherInstance = other.getBean(RateLimit.class);
        String address = "198.51.100." + (System.nanoTime() % 250);
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> attempts = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            RateLimit instance = t % 2 == 0 ? thisInstance : otherInstance;
            attempts.add(threads.submit(() -> {
                for (int i = 0; i < 4; i++) {
                    if (instance.allow(RateLimit.Action.SUBMIT, address)) {
                        allowed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> attempt : attempts) {
            attempt.get();
        }
        threads.shutdown();

        assertThat(allowed.get()).isEqualTo(7);
        assertThat(thisInstance.allow(RateLimit.Action.SUBMIT, address)).isFalse();
        assertThat(otherInstance.allow(RateLimit.Action.SUBMIT, address)).isFalse();

        clock.set(QUARTER_PAST_TEN.plusSeconds(3600));
        other.getBean(TestClock.class).set(QUARTER_PAST_TEN.plusSeconds(3600));
        assertThat(otherInstance.allow(RateLimit.Action.SUBMIT, address)).isTrue();
    }
}
