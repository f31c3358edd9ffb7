package heard.casework;

import java.time.LocalDate;

import heard.casework.domain.Text;

/**
 * Something the council did to put things right, and the stage whose answer gave it. A payment
 * carries its amount, and counts in reports on the date it was recorded.
 *
 * <p>A case log imported from a spreadsheet gives a list of remedies and one payment, not tied
 * to a stage or to each other: there {@code stage} is the last stage answered (null if none),
 * and a payment the log did not attach to a reimbursement or financial remedy has no type.
 */
public record Remedy(RemedyType type, Money amount, String description, LocalDate recordedOn, Integer stage) {

    public Remedy {
        if (type == null && amount == null) {
            throw new IllegalArgumentException("A remedy has a type or, imported, at least an amount");
        }
        if (amount != null && type != null && !type.isPayment()) {
            throw new IllegalArgumentException("Only a reimbursement or a financial remedy carries an amount");
        }
        description = Text.tidy(description);
    }

    public Remedy(RemedyType type, Money amount, String description) {
        this(type, amount, description, null, null);
    }

    Remedy given(LocalDate on, int atStage) {
        return new Remedy(type, amount, description, on, atStage);
    }
}
