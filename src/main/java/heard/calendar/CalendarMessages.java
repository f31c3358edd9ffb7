package heard.calendar;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes {@link Message}s out from {@code messages/calendar.properties}. */
@Component
class CalendarMessages {

    /** Heard is written for English councils; its pages are in English. */
    private static final Locale ENGLISH = Locale.UK;

    private final MessageSource messages;

    CalendarMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(Message message) {
        return messages.getMessage(message.key(), message.arguments().toArray(), ENGLISH);
    }

    /** The refusal to throw when a change has these problems. */
    CalendarChangeRefusedException refusal(List<Message> problems) {
        return new CalendarChangeRefusedException(problems.stream().map(this::text).toList());
    }
}
