package heard.notify;

import java.time.LocalDate;
import java.util.Locale;

import heard.web.FormProblems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** The words of the emails Heard sends to staff, from the message bundle, with links back into Heard. */
@Component
class StaffMessages {

    private final MessageSource messages;
    private final String baseUrl;

    StaffMessages(MessageSource messages, @Value("${heard.base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String text(String key, Object... args) {
        Object[] readable = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            readable[i] = args[i] instanceof LocalDate date ? date.format(FormProblems.GOVUK_DATE) : args[i];
        }
        return messages.getMessage(key, readable, Locale.UK);
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
