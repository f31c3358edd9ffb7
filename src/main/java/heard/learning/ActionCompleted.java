package heard.learning;

import java.time.LocalDate;

/** Domain event: an action of the register was done, with evidence, on a day. */
public record ActionCompleted(Long actionId, LocalDate on) {
}
