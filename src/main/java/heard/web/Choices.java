package heard.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Items for GOV.UK selects, radios and checkboxes, built from a list of things: values as text (the
 * components compare them with the field's bound value, which is text), and for a select an empty
 * first item asking the person to choose.
 */
public final class Choices {

    private Choices() {
    }

    public static <T> List<Map<String, Object>> items(List<T> things, Function<T, ?> value, Function<T, String> text) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (T thing : things) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("value", String.valueOf(value.apply(thing)));
            item.put("text", text.apply(thing));
            items.add(item);
        }
        return items;
    }

    /** Select items with an empty first choice, e.g. "Choose a service area". */
    public static <T> List<Map<String, Object>> selectItems(String prompt, List<T> things, Function<T, ?> value,
                                                             Function<T, String> text) {
        List<Map<String, Object>> items = new ArrayList<>();
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("value", "");
        first.put("text", prompt);
        items.add(first);
        items.addAll(items(things, value, text));
        return items;
    }
}
