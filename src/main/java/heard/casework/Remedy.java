package heard.casework;

import java.time.LocalDate;

/**
 * Something the council did to put things right. A payment carries its amount, and counts in
 * reports on the date it was recorded.
 */
public record Remedy(RemedyType type, Money amount, String description, LocalDate recordedOn) {

    public Remedy {
        if (type == null) {
            throw new IllegalArgumentException("A remedy has a type");
        }
        if (amount != null && !type.isPayment()) {
            throw new IllegalArgumentException("Only a reimbursement or a financial remedy carries an amount");
        }
        description = Text.tidy(description);
    }
}
