package heard.notify.outbox;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A message in the outbox, as the case, the person it went to and the complaints manager see it. */
public record SentMessage(long id, MessageKind kind, MessageChannel channel, String caseReference, String templateKey,
                   String recipientName, String recipientEmail, String recipientAddress, Long recipientStaffId,
                   String subject, String body, MessageStatus status, int attempts, Instant nextAttemptAt,
                   String provider, String providerId, String deliveryStatus, String lastError, String createdBy,
                   Instant createdAt, Instant sentAt) {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** When it was written, in London, for the pages. */
    public LocalDateTime createdInLondon() {
        return LocalDateTime.ofInstant(createdAt, LONDON);
    }

    public LocalDateTime sentInLondon() {
        return sentAt == null ? null : LocalDateTime.ofInstant(sentAt, LONDON);
    }
}
