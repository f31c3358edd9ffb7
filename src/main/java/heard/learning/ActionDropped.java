package heard.learning;

import java.time.LocalDate;

/** Domain event: an action of the register was dropped on a day, for a reason. */
public record ActionDropped(Long actionId, LocalDate on, String reason) {
}
