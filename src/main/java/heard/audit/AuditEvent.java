package heard.audit;

import java.time.Instant;

/** One entry of the audit trail. {@code before} and {@code after} are JSON, or null. */
public record AuditEvent(long id, Instant occurredAt, String actor, String action, AuditSubject subject,
                         String summary, String before, String after) {
}
