package heard.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A clock the test moves. Starts at the real time; {@link #setDate} fixes it to 10:00 that day in London. */
public final class TestClock extends Clock {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private volatile Instant now = Instant.now();

    public void setDate(LocalDate date) {
        now = date.atTime(LocalTime.of(10, 0)).atZone(LONDON).toInstant();
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, LONDON);
    }

    @Override
    public ZoneId getZone() {
        return LONDON;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
