package heard.notify.outbox;

import java.util.Map;

import uk.gov.service.notify.Notification;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;
import uk.gov.service.notify.SendEmailResponse;

/**
 * Email by GOV.UK Notify, through the official client. Heard writes each message itself from the council's
 * templates, so it sends them all through one Notify email template whose subject is {@code ((subject))}
 * and whose body is {@code ((body))}; the council's API key and that template's id are in Settings.
 */
final class NotifyEmailSender implements EmailSender {

    static final String PROVIDER = "NOTIFY";

    private final NotificationClient client;
    private final String templateId;

    NotifyEmailSender(String apiKey, String templateId, String baseUrl) {
        this.client = baseUrl == null ? new NotificationClient(apiKey) : new NotificationClient(apiKey, baseUrl);
        this.templateId = templateId;
    }

    @Override
    public Receipt send(Email email) throws SendFailure {
        try {
            SendEmailResponse response = client.sendEmail(templateId, email.to(),
                    Map.of("subject", email.subject(), "body", email.body()), email.reference());
            return new Receipt(PROVIDER, response.getNotificationId().toString());
        } catch (NotificationClientException e) {
            throw failure(e);
        } catch (RuntimeException e) {
            // The client wraps a connection failure in a RuntimeException: Notify is unreachable, try again later.
            throw new SendFailure("GOV.UK Notify could not be reached: " + e.getMessage(), false, e);
        }
    }

    /** Notify's own status for a message it accepted: created, sending, delivered, permanent-failure... */
    String status(String notificationId) throws SendFailure {
        try {
            Notification notification = client.getNotificationById(notificationId);
            return notification.getStatus();
        } catch (NotificationClientException e) {
            // Notify no longer knows it (it keeps 7 days): asking again will not help.
            throw new SendFailure("GOV.UK Notify answered " + e.getHttpResult() + ": " + e.getMessage(),
                    e.getHttpResult() == 404 || e.getHttpResult() == 400, e);
        } catch (RuntimeException e) {
            throw new SendFailure("GOV.UK Notify could not be reached: " + e.getMessage(), false, e);
        }
    }

    /**
     * Notify answers 400 for a message it will never accept (a bad address, a missing field) and 403 for a
     * wrong key: the first is permanent; a key can be corrected in Settings, and rate limits and server errors
     * pass, so those are tried again.
     */
    private static SendFailure failure(NotificationClientException e) {
        boolean permanent = e.getHttpResult() == 400;
        return new SendFailure("GOV.UK Notify answered " + e.getHttpResult() + ": " + e.getMessage(), permanent, e);
    }

    static boolean delivered(String status) {
        return "delivered".equals(status);
    }

    static boolean failedForGood(String status) {
        return status != null && (status.equals("permanent-failure") || status.equals("temporary-failure")
                || status.equals("technical-failure") || status.equals("validation-failed"));
    }
}
