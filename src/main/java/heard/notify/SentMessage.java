package heard.notify;

import java.time.Instant;

/** A message in the outbox, as the case, the person it went to and the complaints manager see it. */
record SentMessage(long id, MessageKind kind, MessageChannel channel, String caseReference, String templateKey,
                   String recipientName, String recipientEmail, String recipientAddress, Long recipientStaffId,
                   String subject, String body, MessageStatus status, int attempts, Instant nextAttemptAt,
                   String provider, String providerId, String deliveryStatus, String lastError, String createdBy,
                   Instant createdAt, Instant sentAt) {
}
