package heard.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * The figures object as a flat map of named numbers, so that two ways of computing it can be compared figure by
 * figure: {@code received.stage1}, {@code stages.1.byTeam[Service area 1|Team 1.1].received},
 * {@code comparison[2023/24].stages.2.onTime}. A list's entry is named by its words (team, issue, role, label...).
 * Rates and timescales are left out: they follow from the counts, or are constants.
 */
final class FigureValues {

    /** Fields that name a list's entry rather than count anything. */
    private static final List<String> NAMES = List.of("serviceArea", "team", "issue", "role", "channel", "value", "group",
            "band", "decision", "kind", "label");

    /** Numbers that are not counts or sums of records. */
    private static final Set<String> DERIVED = Set.of("onTimeRate", "stage1to2", "stage2to3", "targetDays", "extendedDays");

    private FigureValues() {
    }

    static Map<String, BigDecimal> of(JsonNode figures) {
        Map<String, BigDecimal> values = new TreeMap<>();
        flatten("", figures, values);
        return values;
    }

    /**
     * Every figure on which the two differ, a figure missing from one counting as 0 there (Heard leaves out of a list
     * what has nothing to count).
     */
    static List<String> disagreements(Map<String, BigDecimal> heard, Map<String, BigDecimal> baseline) {
        Set<String> names = new TreeSet<>(heard.keySet());
        names.addAll(baseline.keySet());
        List<String> differ = new ArrayList<>();
        for (String name : names) {
            BigDecimal a = heard.getOrDefault(name, BigDecimal.ZERO);
            BigDecimal b = baseline.getOrDefault(name, BigDecimal.ZERO);
            if (a.compareTo(b) != 0) {
                differ.add(name + ": Heard " + a + ", baseline " + b);
            }
        }
        return differ;
    }

    private static void flatten(String path, JsonNode node, Map<String, BigDecimal> values) {
        if (node.isNumber()) {
            values.put(path, node.decimalValue());
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!DERIVED.contains(field.getKey()) && !NAMES.contains(field.getKey()) && !field.getKey().equals("period")) {
                    flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), values);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode entry : node) {
                StringJoiner name = new StringJoiner("|", "[", "]");
                NAMES.stream().filter(entry::has).forEach(n -> name.add(entry.get(n).isNull() ? "" : entry.get(n).asString()));
                flatten(path + name, entry, values);
            }
        }
    }
}
