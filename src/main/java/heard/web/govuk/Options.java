package heard.web.govuk;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A component's options as its fragment reads them: like a Nunjucks object, a missing option reads
 * as null instead of failing the expression, and options nested in maps and lists read the same way,
 * so that {@code params.label?.text} works whatever the caller left out.
 */
final class Options extends AbstractMap<String, Object> {

    private final Map<?, ?> options;

    private Options(Map<?, ?> options) {
        this.options = options;
    }

    static Object wrap(Object value) {
        if (value instanceof Options) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            return new Options(map);
        }
        if (value instanceof List<?> list) {
            return new AbstractList<>() {
                @Override
                public Object get(int index) {
                    return wrap(list.get(index));
                }

                @Override
                public int size() {
                    return list.size();
                }
            };
        }
        return value;
    }

    static Options of(Object value) {
        return value instanceof Map<?, ?> ? (Options) wrap(value) : new Options(Map.of());
    }

    /** The caller's map, for telling whether two options are the same object (Nunjucks {@code sameas}). */
    Map<?, ?> source() {
        return options;
    }

    /** Whether the option is given as null, not left out. */
    boolean isNull(String name) {
        return options.containsKey(name) && options.get(name) == null;
    }

    /** Every option "exists", so that SpEL's map accessor reads a missing one as null. */
    @Override
    public boolean containsKey(Object key) {
        return key instanceof String;
    }

    @Override
    public Object get(Object key) {
        return wrap(options.get(key));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<Entry<String, Object>> entrySet() {
        return ((Map<String, Object>) options).entrySet();
    }
}
