package heard.notify.settings;

import java.util.Map;
import java.util.UUID;

import heard.notify.outbox.EmailChannel;
import heard.web.EmailAddress;

/**
 * How Heard sends email, and how early it reminds staff of each kind of deadline.
 *
 * @param notifyBaseUrl  blank for GOV.UK Notify itself; another address only for a council's test double
 * @param maxAttempts    how many times a message is tried before Heard gives up on it and shows the manager
 * @param reminderDays   working days before a deadline of each kind (by code) that its owner is reminded;
 *                       a kind not named uses {@link #DEFAULT_REMINDER_DAYS}
 */
public record NotifySettings(EmailChannel channel, String notifyApiKey, String notifyTemplateId, String notifyBaseUrl,
                      String smtpFrom, int maxAttempts, Map<String, Integer> reminderDays, int version) {

    public static final int DEFAULT_REMINDER_DAYS = 2;
    public static final int MOST_REMINDER_DAYS = 20;

    public NotifySettings {
        reminderDays = Map.copyOf(reminderDays);
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new IllegalArgumentException("Attempts are between 1 and 20");
        }
    }

    public int reminderDays(String kind) {
        return reminderDays.getOrDefault(kind, DEFAULT_REMINDER_DAYS);
    }

    /** True when the chosen channel has what it needs to send. */
    public boolean readyToSend() {
        return channel == EmailChannel.NOTIFY
                ? validApiKey(notifyApiKey) && validTemplateId(notifyTemplateId)
                : smtpFrom != null && EmailAddress.valid(smtpFrom);
    }

    public static boolean validTemplateId(String id) {
        try {
            return id != null && UUID.fromString(id).toString().equalsIgnoreCase(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * A Notify API key is the key's name, the service id and the secret: it ends with two UUIDs joined by a
     * hyphen (73 characters), which is what the client reads from it.
     */
    public static boolean validApiKey(String key) {
        if (key == null || key.length() < 74) {
            return false;
        }
        String tail = key.substring(key.length() - 73);
        return validTemplateId(tail.substring(0, 36)) && tail.charAt(36) == '-' && validTemplateId(tail.substring(37));
    }
}
