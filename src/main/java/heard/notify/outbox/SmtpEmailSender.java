package heard.notify.outbox;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Email through the council's SMTP server (spring.mail.*), from the address set in Settings. */
final class SmtpEmailSender implements EmailSender {

    static final String PROVIDER = "SMTP";

    private final JavaMailSender mail;
    private final String from;

    SmtpEmailSender(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public Receipt send(Email email) throws SendFailure {
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(email.to());
            helper.setSubject(email.subject());
            helper.setText(email.body());
            message.setHeader("X-Heard-Message", email.reference());
            mail.send(message);
            return new Receipt(PROVIDER, message.getMessageID());
        } catch (AddressException | MailParseException e) {
            throw new SendFailure("The address was refused: " + e.getMessage(), true, e);
        } catch (MailAuthenticationException e) {
            throw new SendFailure("The SMTP server refused Heard's sign-in: " + e.getMessage(), false, e);
        } catch (MailException | MessagingException e) {
            throw new SendFailure("The SMTP server could not take the message: " + e.getMessage(), false, e);
        }
    }
}
