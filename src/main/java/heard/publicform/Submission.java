package heard.publicform;

import java.time.Instant;
import java.time.LocalDate;

/** A submission as stored: what the person sent, and what the complaints team made of it. */
record Submission(long id, String reference, String handoverId, SubmissionKind kind, boolean youngVersion,
                  Instant receivedAt, LocalDate receivedOn, Writer writer, String childName, String childAgrees,
                  Boolean advocateWanted, Long serviceAreaId, String whatHappened, String putRight, String staffNamed,
                  String fromName, ReplyBy replyBy, String email, String phone, String postalAddress,
                  boolean receiptQueued, SubmissionStatus status, int version, Decision decidedAs, String decidedBy,
                  Instant decidedAt, String recordReference, NotForHeard notForHeard, String notForHeardNote) {

    /** How to reach the person, as one line for a record: their email, phone or address. */
    public String contact() {
        return switch (replyBy) {
            case EMAIL -> email;
            case PHONE -> phone;
            case POST -> postalAddress;
            case NONE -> null;
        };
    }

    public boolean waiting() {
        return status == SubmissionStatus.NEW;
    }
}
