package heard.publicform;

import java.time.LocalDate;
import java.util.List;

/**
 * What a submission from the public form holds about people, for a subject access request.
 *
 * @param recordReference the record it was logged as, if it was
 * @param attachments     the names of the files sent with it
 */
public record HeldSubmission(String reference, String kind, LocalDate receivedOn, String writer, String childName,
                             String fromName, String email, String phone, String postalAddress, String whatHappened,
                             String putRight, String staffNamed, String status, String recordReference,
                             List<String> attachments) {

    public HeldSubmission {
        attachments = List.copyOf(attachments);
    }
}
