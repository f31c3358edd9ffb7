package heard.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A sentence for a person, as a key in {@code messages/calendar.properties} and its arguments, already
 * written as text (dates as "24 December 2025") so that it reads the same wherever it is shown.
 */
record Message(String key, List<String> arguments) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    Message {
        arguments = List.copyOf(arguments);
    }

    static Message of(String key, Object... arguments) {
        return new Message(key, Arrays.stream(arguments).map(Message::text).toList());
    }

    static String text(Object argument) {
        if (argument instanceof LocalDate day) {
            return DAY.format(day);
        }
        if (argument instanceof DateRange range) {
            return range.start().equals(range.end()) ? text(range.start()) : text(range.start()) + " to " + text(range.end());
        }
        return String.valueOf(argument);
    }

    /** The years of a range of whole years: "2015 to 2027", or "2028" alone. */
    static String years(DateRange years) {
        int first = years.start().getYear();
        int last = years.end().getYear();
        return first == last ? String.valueOf(first) : first + " to " + last;
    }
}
