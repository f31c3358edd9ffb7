package heard.notify.outbox;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import heard.notify.settings.NotifySettings;
import heard.notify.settings.NotifySettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends what is waiting in the outbox: claims a batch, sends each, and records what happened. A failed send
 * is tried again after a wait that doubles each time (1 minute, 2, 4... at most 6 hours), until the
 * attempts set in Settings are used up; then the message is marked given up, which the complaints manager
 * sees. Not transactional on purpose: each claim and each result commits at once, so a send is never
 * undone by a later failure.
 */
@Component
public class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    private static final Duration LONGEST_WAIT = Duration.ofHours(6);
    private static final int BATCH = 50;

    private final Outbox outbox;
    private final NotifySettingsRepository settings;
    private final EmailSenders senders;
    private final Clock clock;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "#" + System.identityHashCode(this);

    OutboxWorker(Outbox outbox, NotifySettingsRepository settings, EmailSenders senders, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.senders = senders;
    }

    /** Sends every message due now; returns how many were sent. */
    public int sendDue() {
        NotifySettings config = settings.load();
        Optional<EmailSender> sender = senders.chosen(config);
        if (sender.isEmpty()) {
            // Not set up: the messages wait, and the case and the settings page say they are not sent yet.
            return 0;
        }
        int sent = 0;
        List<SentMessage> batch;
        do {
            batch = outbox.claim(clock.instant(), instance, LEASE, BATCH);
            for (SentMessage m : batch) {
                if (send(sender.get(), m, config)) {
                    sent++;
                }
            }
        } while (batch.size() == BATCH);
        return sent;
    }

    private boolean send(EmailSender sender, SentMessage m, NotifySettings config) {
        try {
            EmailSender.Receipt receipt = sender.send(new EmailSender.Email(m.recipientEmail(), m.subject(), m.body(),
                    "heard-" + m.id()));
            outbox.sent(m.id(), instance, receipt.provider(), receipt.providerId(), clock.instant());
            return true;
        } catch (EmailSender.SendFailure e) {
            Instant now = clock.instant();
            boolean giveUp = e.permanent() || m.attempts() >= config.maxAttempts();
            log.warn("Message {} not sent (attempt {} of {}): {}", m.id(), m.attempts(), config.maxAttempts(), e.getMessage());
            outbox.failed(m.id(), instance, e.getMessage(), giveUp ? null : now.plus(wait(m.attempts())),
                    e.permanent() ? MessageStatus.FAILED : MessageStatus.GAVE_UP);
            return false;
        }
    }

    /** The wait after the n-th failed attempt: 1 minute doubled n-1 times, at most 6 hours. */
    static Duration wait(int attempt) {
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
