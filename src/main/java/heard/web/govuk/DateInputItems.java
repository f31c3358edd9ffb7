package heard.web.govuk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The date input macro's item logic, step by step as in {@code date-input/template.njk}. */
final class DateInputItems {

    private static final String ERROR_CLASS = "govuk-input--error";

    private final Map<String, Object> params;
    private final GovukExpressions nj;
    private final Object day;
    private final Object month;
    private final Object year;

    private DateInputItems(Map<String, Object> params, GovukExpressions nj) {
        this.params = params;
        this.nj = nj;
        Map<?, ?> values = (Map<?, ?>) nj.ifNull(params.get("values"), Map.of());
        this.day = nj.ifNull(params.get("day"), defaultItem("day", values.get("day"), "govuk-input--width-2"));
        this.month = nj.ifNull(params.get("month"), defaultItem("month", values.get("month"), "govuk-input--width-2"));
        this.year = nj.ifNull(params.get("year"), defaultItem("year", values.get("year"), "govuk-input--width-4"));
    }

    static List<Map<String, Object>> of(Options params, GovukExpressions nj) {
        return new DateInputItems(params, nj).inputs();
    }

    private static Object defaultItem(String name, Object value, String classes) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("name", name);
        item.put("value", value);
        item.put("classes", classes);
        return Options.wrap(item);
    }

    private List<Map<String, Object>> inputs() {
        Object given = params.get("items");
        List<?> items = nj.length(given) > 0 ? (List<?>) given : List.of(day, month, year);
        boolean anyItemHasError = items.stream().anyMatch(this::hasError);
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (Object item : items) {
            if (nj.has(item)) {
                inputs.add(input(Options.of(item), anyItemHasError));
            }
        }
        return inputs;
    }

    private boolean hasError(Object item) {
        Options options = Options.of(item);
        return nj.has(options.get("error")) || (nj.has(options.get("classes")) && nj.contains(options.get("classes"), ERROR_CLASS));
    }

    private Map<String, Object> input(Options item, boolean anyItemHasError) {
        Object itemName = item.get("name");
        Object itemValue = item.get("value");
        int itemWidth = 2;
        Object classes = item.get("classes");

        if (is(item, day, "day")) {
            itemName = nj.ifNull(itemName, "day");
            itemValue = nj.ifNull(itemValue, Options.of(day).get("value"));
        } else if (is(item, month, "month")) {
            itemName = nj.ifNull(itemName, "month");
            itemValue = nj.ifNull(itemValue, Options.of(month).get("value"));
        } else if (is(item, year, "year")) {
            itemName = nj.ifNull(itemName, "year");
            itemValue = nj.ifNull(itemValue, Options.of(year).get("value"));
            itemWidth = 4;
        }

        boolean classesHaveError = nj.has(classes) && nj.contains(classes, ERROR_CLASS);
        boolean errorNotTurnedOff = !nj.looseEquals(item.get("error"), false);
        String itemClasses = nj.tokens(
                !classesHaveError && (hasError(item) || (errorNotTurnedOff && nj.has(params.get("errorMessage")) && !anyItemHasError))
                        ? ERROR_CLASS : null,
                !nj.has(classes) || !nj.contains(classes, "govuk-input--width-") ? "govuk-input--width-" + itemWidth : null,
                classes);

        String namePrefix = nj.has(params.get("namePrefix")) ? params.get("namePrefix") + "-" : "";
        String name = namePrefix + itemName;
        Map<?, ?> values = (Map<?, ?>) nj.ifNull(params.get("values"), Map.of());

        Map<String, Object> label = new LinkedHashMap<>();
        label.put("text", nj.or(item.get("label"), nj.capitalize(itemName)));
        label.put("classes", "govuk-date-input__label");
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("label", label);
        input.put("id", nj.or(item.get("id"), params.get("id") + "-" + itemName));
        input.put("classes", nj.tokens("govuk-date-input__input", itemClasses));
        input.put("name", name);
        input.put("value", nj.ifNull(itemValue, values.get(name)));
        input.put("type", "text");
        input.put("inputmode", nj.or(item.get("inputmode"), "numeric"));
        input.put("autocomplete", item.get("autocomplete"));
        input.put("pattern", item.get("pattern"));
        input.put("attributes", item.get("attributes"));
        return input;
    }

    /** {@code item is sameas(part) or (item.name and item.name in [partName, part.name])}. */
    private boolean is(Options item, Object part, String partName) {
        if (item.source() == Options.of(part).source()) {
            return true;
        }
        Object name = item.get("name");
        return nj.has(name) && (partName.equals(name) || name.equals(Options.of(part).get("name")));
    }
}
