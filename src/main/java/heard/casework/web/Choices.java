package heard.casework.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The items of GOV.UK selects, radios and checkboxes, in the shape their fragments take
 * ({@code value}, {@code text}), with the words from the message bundle. Built here because a
 * template cannot join a blank choice to a list worked out from the database.
 */
@Component
class Choices {

    private final MessageSource messages;

    Choices(MessageSource messages) {
        this.messages = messages;
    }

    /** One item per constant, its words from {@code prefix + NAME}. */
    <E extends Enum<E>> List<Map<String, Object>> of(String prefix, List<E> values) {
        return values.stream().map(v -> item(v.name(), message(prefix + v.name()))).toList();
    }

    /** A select's options: first a blank choice with these words (a message key), then one per thing. */
    <T> List<Map<String, Object>> select(String blankKey, List<T> things, Function<T, Object> value,
                                         Function<T, String> text) {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("", message(blankKey)));
        things.forEach(t -> items.add(item(String.valueOf(value.apply(t)), text.apply(t))));
        return items;
    }

    static Map<String, Object> item(String value, String text) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("value", value);
        item.put("text", text);
        return item;
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
