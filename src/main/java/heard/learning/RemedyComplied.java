package heard.learning;

import java.time.LocalDate;

/** Domain event: the council carried out a remedy the Ombudsman asked for; {@code late} past its due date. */
public record RemedyComplied(Long remedyId, String reference, LocalDate on, boolean late) {
}
