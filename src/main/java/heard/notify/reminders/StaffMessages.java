package heard.notify.reminders;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import heard.web.FormProblems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** The words of the emails Heard sends to staff, from the message bundle, with links back into Heard. */
@Component
public class StaffMessages {

    private final MessageSource messages;
    private final String baseUrl;

    StaffMessages(MessageSource messages, @Value("${heard.base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, readable(args), Locale.UK);
    }

    /** Words for many messages at once, such as a reminder run's: each message's pattern is read and parsed once. */
    Batch batch() {
        return new Batch();
    }

    /** One caller's words (not shared between threads: a {@link MessageFormat} is not safe to share). */
    final class Batch {

        private final Map<String, MessageFormat> formats = new HashMap<>();

        /** As {@link StaffMessages#text}, with the pattern parsed as the message source would parse it. */
        String text(String key, Object... args) {
            if (args.length == 0) {
                return StaffMessages.this.text(key);
            }
            return formats.computeIfAbsent(key, k -> new MessageFormat(messages.getMessage(k, null, Locale.UK), Locale.UK))
                    .format(readable(args));
        }

        String link(String path) {
            return StaffMessages.this.link(path);
        }
    }

    private static Object[] readable(Object[] args) {
        Object[] readable = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            readable[i] = args[i] instanceof LocalDate date ? date.format(FormProblems.GOVUK_DATE) : args[i];
        }
        return readable;
    }

    /** The full address of a path in Heard, for an email. */
    String link(String path) {
        return baseUrl + path;
    }

    /** The link to a case by its reference, escaped as one path segment. */
    String caseLink(String reference) {
        return link(UriComponentsBuilder.fromPath("/cases/{ref}").encode().buildAndExpand(reference).toUriString());
    }
}
