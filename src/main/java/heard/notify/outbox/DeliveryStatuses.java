package heard.notify.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import heard.notify.settings.NotifySettings;
import heard.notify.settings.NotifySettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks GOV.UK Notify what became of the emails it took, and records its answer: delivered, or failed (no
 * such address, inbox full). Notify keeps a message's status for 7 days, so older ones are not asked about.
 */
@Component
public class DeliveryStatuses {

    private static final Logger log = LoggerFactory.getLogger(DeliveryStatuses.class);
    private static final Duration NOTIFY_KEEPS = Duration.ofDays(7);
    private static final Duration ASK_AGAIN_AFTER = Duration.ofMinutes(5);
    /** Notify does not know the message (any more): it was sent, and what became of it is not known. */
    static final String UNKNOWN = "unknown";

    private final Outbox outbox;
    private final NotifySettingsRepository settings;
    private final EmailSenders senders;
    private final Clock clock;

    DeliveryStatuses(Outbox outbox, NotifySettingsRepository settings, EmailSenders senders, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.senders = senders;
        this.clock = clock;
    }

    /** Checks the messages awaiting Notify's word; returns how many were asked about. */
    public int check() {
        NotifySettings config = settings.load();
        if (config.notifyApiKey() == null || !NotifySettings.validApiKey(config.notifyApiKey())) {
            return 0;
        }
        NotifyEmailSender notify = senders.notify(config);
        Instant now = clock.instant();
        int asked = 0;
        for (SentMessage m : outbox.awaitingDelivery(now.minus(ASK_AGAIN_AFTER), now.minus(NOTIFY_KEEPS), 200)) {
            try {
                String status = notify.status(m.providerId());
                MessageStatus ours = NotifyEmailSender.delivered(status) ? MessageStatus.DELIVERED
                        : NotifyEmailSender.failedForGood(status) ? MessageStatus.FAILED : MessageStatus.SENT;
                outbox.delivery(m.id(), status, ours, now);
                asked++;
            } catch (EmailSender.SendFailure e) {
                log.warn("Could not ask GOV.UK Notify about message {}: {}", m.id(), e.getMessage());
                if (!e.permanent()) {
                    // Notify is unreachable: the rest wait for the next run.
                    return asked;
                }
                outbox.delivery(m.id(), UNKNOWN, MessageStatus.SENT, now);
            }
        }
        return asked;
    }
}
