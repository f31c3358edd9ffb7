package heard.casework;

import java.time.LocalDate;

/** A cost of handling the complaint, counted in reports on its date. */
public record Cost(CostKind kind, Money amount, LocalDate incurredOn) {

    public Cost {
        if (kind == null || amount == null || incurredOn == null) {
            throw new IllegalArgumentException("A cost has a kind, an amount and a date");
        }
    }
}
