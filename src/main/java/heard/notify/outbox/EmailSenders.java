package heard.notify.outbox;

import java.util.Optional;

import heard.notify.settings.NotifySettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** The sender the settings choose: GOV.UK Notify with the council's key, or the SMTP server configured. */
@Component
public class EmailSenders {

    private final ObjectProvider<JavaMailSender> mail;

    EmailSenders(ObjectProvider<JavaMailSender> mail) {
        this.mail = mail;
    }

    /** Empty when the chosen channel is not set up yet: messages then wait in the outbox, not sent. */
    Optional<EmailSender> chosen(NotifySettings settings) {
        if (!settings.readyToSend()) {
            return Optional.empty();
        }
        if (settings.channel() == EmailChannel.NOTIFY) {
            return Optional.of(notify(settings));
        }
        JavaMailSender sender = mail.getIfAvailable();
        return sender == null ? Optional.empty() : Optional.of(new SmtpEmailSender(sender, settings.smtpFrom()));
    }

    NotifyEmailSender notify(NotifySettings settings) {
        String base = settings.notifyBaseUrl() == null || settings.notifyBaseUrl().isBlank() ? null : settings.notifyBaseUrl();
        return new NotifyEmailSender(settings.notifyApiKey(), settings.notifyTemplateId(), base);
    }

    /** Whether an SMTP server is configured (spring.mail.host). */
    public boolean smtpConfigured() {
        return mail.getIfAvailable() != null;
    }
}
