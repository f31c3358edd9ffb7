package heard.web.govuk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.unbescape.html.HtmlEscape;

/**
 * {@code #govuk}: the few Nunjucks semantics the component fragments need and Thymeleaf does not
 * share. Thymeleaf treats "" as true and "no", "off" and "false" as false, so the fragments test
 * options with {@link #has} instead of relying on {@code th:if}'s own truthiness.
 * Public only so that SpEL can call it; it is not part of the web module's API.
 */
public final class GovukExpressions {

    /** The options of a fragment call, readable as in Nunjucks: missing options are null, at any depth. */
    public Object options(Object params) {
        return Options.of(params);
    }

    /** Nunjucks (JavaScript) truthiness: null, false, "", 0 and NaN are false; anything else, even {} or [], is true. */
    public boolean has(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof CharSequence text) {
            return !text.isEmpty();
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return d != 0 && !Double.isNaN(d);
        }
        return true;
    }

    /** {@code value | default(fallback, true)} and {@code value if value else fallback}. */
    public Object or(Object value, Object fallback) {
        return has(value) ? value : fallback;
    }

    /** {@code options.name === null}: given, as null, which some macros tell from not given at all. */
    public boolean isNull(Object options, String name) {
        return options instanceof Options given && given.isNull(name);
    }

    /** {@code value | default(fallback)}: only a missing (null) value falls back. */
    public Object ifNull(Object value, Object fallback) {
        return value == null ? fallback : value;
    }

    /**
     * {@code html | safe if html else text}, for {@code govuk:html}: the html option as it is (markup
     * or a fragment), otherwise the text option escaped.
     */
    public Object html(Object html, Object text) {
        return has(html) ? html : text(text);
    }

    /** An option printed as Nunjucks prints it, escaped: nothing for null. */
    public String text(Object text) {
        return text == null ? "" : HtmlEscape.escapeHtml4Xml(string(text));
    }

    /** {@code value | string if value is true or false}: "true" or "false" for a boolean, otherwise null. */
    public String booleanString(Object value) {
        return value instanceof Boolean ? value.toString() : null;
    }

    /** Space-separated list of the given class names or ids, leaving out empty ones; null if none. */
    public String tokens(Object... tokens) {
        List<String> present = new ArrayList<>();
        for (Object token : tokens) {
            if (has(token) && !string(token).isBlank()) {
                present.add(string(token).strip());
            }
        }
        return present.isEmpty() ? null : String.join(" ", present);
    }

    /** Nunjucks {@code list | select("truthy")}: the list without its null, false, empty and zero elements. */
    public List<Object> truthy(Object list) {
        List<Object> truthy = new ArrayList<>();
        if (list instanceof Collection<?> collection) {
            collection.stream().filter(this::has).forEach(truthy::add);
        }
        return truthy;
    }

    /** Nunjucks {@code value is mapping}. */
    public boolean isMap(Object value) {
        return value instanceof Map<?, ?>;
    }

    /** Nunjucks {@code length}: of a list, map or string; 0 for anything else. */
    public int length(Object value) {
        if (value instanceof Collection<?> collection) {
            return collection.size();
        }
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        if (value instanceof CharSequence text) {
            return text.length();
        }
        return 0;
    }

    /** Nunjucks {@code needle in haystack}: a substring of a string, or an element of a list. */
    public boolean contains(Object haystack, Object needle) {
        if (haystack instanceof CharSequence text) {
            return needle != null && text.toString().contains(string(needle));
        }
        return haystack instanceof Collection<?> collection && collection.contains(needle);
    }

    /** JavaScript's {@code ==} for the scalar values options hold: "1" equals 1. */
    public boolean looseEquals(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number || b instanceof Number || a instanceof Boolean || b instanceof Boolean) {
            return string(a).equals(string(b)) || Objects.equals(number(a), number(b));
        }
        return string(a).equals(string(b));
    }

    /** Nunjucks {@code capitalize}: the first letter upper case, the rest lower case. */
    public String capitalize(Object value) {
        String text = value == null ? "" : string(value);
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase() + text.substring(1).toLowerCase();
    }

    /**
     * The macros' {@code govukI18nAttributes}: for each translation key and the option holding its
     * text, {@code data-i18n.KEY} when the option is a string, or {@code data-i18n.KEY.RULE} for
     * each plural rule when it is a map of them.
     */
    public Map<String, Object> i18n(Object options, String... keysAndOptionNames) {
        Map<?, ?> map = options instanceof Map<?, ?> m ? m : Map.of();
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndOptionNames.length; i += 2) {
            String key = "data-i18n." + keysAndOptionNames[i];
            Object message = map.get(keysAndOptionNames[i + 1]);
            if (message instanceof Map<?, ?> plurals) {
                plurals.forEach((rule, text) -> attributes.put(key + "." + rule, text));
            } else if (has(message)) {
                attributes.put(key, message);
            }
        }
        return attributes;
    }

    /**
     * The inputs of a date input, as options for the input fragment: the macro's
     * {@code _dateInputItem}, which decides each item's name, value, width and error state from
     * the item and the component's options in more steps than a template says clearly.
     */
    public List<Map<String, Object>> dateInputItems(Object params) {
        return DateInputItems.of(Options.of(params), this);
    }

    static String string(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return String.valueOf(d.longValue()); // JavaScript prints 2.0 as 2
        }
        return String.valueOf(value);
    }

    private static Double number(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof Boolean bool) {
            return bool ? 1.0 : 0.0;
        }
        String text = string(value).strip();
        if (text.isEmpty()) {
            return 0.0; // as JavaScript's Number("")
        }
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
