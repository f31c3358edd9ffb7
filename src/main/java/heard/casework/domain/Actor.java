package heard.casework.domain;

import java.time.Instant;
import java.time.LocalDate;

/** Who is making a change, and when: today's date (no event may be dated after it) and the instant of recording. */
public record Actor(String name, LocalDate today, Instant now) {

    public Actor {
        if (name == null || today == null || now == null) {
            throw new IllegalArgumentException("An actor has a name, today's date and the time");
        }
    }
}
