package heard.publicform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The hourly limit of one address, counted in the database: another address, or the next hour, starts afresh. */
@DatabaseTest
class OneAddressCanSendOnlySoManyFormsAnHourTest {

    @Autowired
    RateLimit limit;
    @Autowired
    TestClock clock;

    @Test
    void theEleventhFormInAnHourIsRefusedUntilTheNextHour() {
        clock.set(Instant.parse("2026-03-02T10:05:00Z"));
        String address = "192.0.2." + (System.nanoTime() % 250);

        for (int i = 0; i < 10; i++) {
            assertThat(limit.allow(RateLimit.Action.SUBMIT, address)).as("form %d", i + 1).isTrue();
        }
        assertThat(limit.allow(RateLimit.Action.SUBMIT, address)).isFalse();
        assertThat(limit.allow(RateLimit.Action.UPLOAD, address)).isTrue();
        assertThat(limit.allow(RateLimit.Action.SUBMIT, "2001:db8::" + System.nanoTime() % 9999)).isTrue();

        clock.set(Instant.parse("2026-03-02T11:00:00Z"));
        assertThat(limit.allow(RateLimit.Action.SUBMIT, address)).isTrue();
    }
}
