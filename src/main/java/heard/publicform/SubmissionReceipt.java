package heard.publicform;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A receipt to send to someone who gave an email address on the public form.
 *
 * @param acknowledgeBy the working day by which the complaints team aims to acknowledge it, or null when the
 *                      calendar does not reach that far
 * @param youngVersion  sent from the children and young people's version, so to be written in its easy words
 */
public record SubmissionReceipt(String reference, SubmissionKind kind, String email, LocalDate receivedOn,
                                LocalDate acknowledgeBy, boolean youngVersion) {

    public SubmissionReceipt {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(receivedOn, "receivedOn");
    }
}
