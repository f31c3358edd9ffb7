package heard.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import heard.DatabaseProduct;
import heard.reporting.Measure.Dim;
import heard.reporting.MeasureQueries.Tally;

/**
 * One pass over one {@link Measure.Source} that counts several of its measures at once, each in periods of its own
 * (its buckets). Each row gets, for every measure, the bucket it falls in for that measure (or none), and the scan
 * groups by those buckets and the measures' dimensions together; a measure's tallies are then the groups summed over
 * the other measures' columns. So the figures read each source once, however many measures it has.
 *
 * <p>A measure whose dimensions are counted each on its own ({@link Measure#countedByEachDimension}) is scanned alone,
 * counted by one dimension at a time in the same pass: grouping by every combination of them would make a group of
 * almost every row.
 *
 * <p>The pass finds its rows through the days its measures count on: the rows of any measure, one condition with a
 * range on each day. H2 can use no index under such an OR of ranges on different days, and so reads the whole source;
 * there each measure's rows are found through its own day's index instead, in a branch of a
 * {@code UNION ALL} that leaves out the rows an earlier branch found, so each row is still counted once.
 *
 * <p>A measure counted by each dimension on its own is grouped by {@code GROUPING SETS} on PostgreSQL, one set for each
 * dimension; H2 has no grouping sets, and there each row is repeated once for each dimension (a cross join) and grouped
 * by the dimension's name and value. The groups read the same either way.
 */
final class Scan {

    private final Measure.Source source;
    private final List<Measure> measures;
    private final Map<Measure, List<ReportPeriod>> buckets;
    /** The dimension columns, each with the measures that have it (their expressions are one). */
    private final Map<Dim, List<Measure>> dims = new EnumMap<>(Dim.class);
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final DatabaseProduct database;
    private final String sql;

    /**
     * @param buckets  for each measure, the periods it is counted in; those of one measure must not overlap
     * @param database the database the pass is written for (see the class's comment)
     */
    Scan(Measure.Source source, Map<Measure, List<ReportPeriod>> buckets, DatabaseProduct database) {
        this.source = source;
        this.measures = List.copyOf(buckets.keySet());
        this.buckets = buckets;
        this.database = database;
        for (Measure measure : measures) {
            if (measure.source() != source) {
                throw new IllegalArgumentException(measure + " does not read " + source);
            }
            if (measure.countedByEachDimension() && measures.size() > 1) {
                throw new IllegalArgumentException(measure + " is scanned alone");
            }
            for (Dim dim : measure.dims()) {
                List<Measure> having = dims.computeIfAbsent(dim, d -> new ArrayList<>());
                if (!having.isEmpty() && !having.get(0).expression(dim).equals(measure.expression(dim))) {
                    throw new IllegalArgumentException(dim + " means one thing in " + having.get(0) + ", another in " + measure);
                }
                having.add(measure);
            }
        }
        this.sql = build();
    }

    /** Each measure's scans, grouped by source: one for the measures of each source, one for each counted by dimension. */
    static List<Scan> of(Map<Measure, List<ReportPeriod>> buckets, DatabaseProduct database) {
        Map<Object, Map<Measure, List<ReportPeriod>>> bySource = new LinkedHashMap<>();
        buckets.forEach((measure, periods) -> {
            if (!periods.isEmpty()) {
                bySource.computeIfAbsent(measure.countedByEachDimension() ? measure : measure.source(),
                        key -> new LinkedHashMap<>()).put(measure, periods);
            }
        });
        return bySource.values().stream()
                .map(group -> new Scan(group.keySet().iterator().next().source(), group, database)).toList();
    }

    Measure.Source source() {
        return source;
    }

    /** The pass's SQL, with the named parameters of {@link #params}. */
    String sql() {
        return sql;
    }

    Map<String, Object> params() {
        return params;
    }

    /**
     * The pass, in two steps: the inner select gives each row its bucket for every measure ({@code b0}, {@code b1}...),
     * its dimensions and amounts; the outer one groups them.
     */
    private String build() {
        List<String> inner = new ArrayList<>();
        List<String> any = new ArrayList<>();
        for (int k = 0; k < measures.size(); k++) {
            Measure measure = measures.get(k);
            StringBuilder bucket = new StringBuilder("CASE WHEN ").append(measure.condition()).append(" THEN CASE");
            List<ReportPeriod> periods = buckets.get(measure);
            for (int i = 0; i < periods.size(); i++) {
                bucket.append(" WHEN ").append(measure.countedOn()).append(" BETWEEN :s").append(k).append('_').append(i)
                        .append(" AND :e").append(k).append('_').append(i).append(" THEN ").append(i);
                params.put("s" + k + "_" + i, periods.get(i).start());
                params.put("e" + k + "_" + i, periods.get(i).end());
            }
            inner.add(bucket.append(" END END AS b").append(k).toString());
            if (measure.amount() != null) {
                inner.add(measure.amount() + " AS a" + k);
            }
            // The rows of any measure, found through the index on the day it is counted on.
            any.add("(" + measure.condition() + " AND " + measure.countedOn() + " BETWEEN :from" + k + " AND :to" + k + ")");
            params.put("from" + k, periods.stream().map(ReportPeriod::start).min(Comparable::compareTo).orElseThrow());
            params.put("to" + k, periods.stream().map(ReportPeriod::end).max(Comparable::compareTo).orElseThrow());
        }
        dims.forEach((dim, having) -> inner.add(having.get(0).expression(dim) + " AS " + dim.column()));
        String select = "SELECT " + String.join(", ", inner) + " FROM " + source.from() + " WHERE " + source.where();
        String rows = database == DatabaseProduct.H2 && measures.stream().map(Measure::countedOn).distinct().count() > 1
                ? branches(select, any) : select + " AND (" + String.join(" OR ", any) + ")";
        if (database == DatabaseProduct.POSTGRESQL) {
            // A fence, so that each row's buckets and dimensions are computed once: PostgreSQL would otherwise put the
            // inner select's expressions in place of the outer one's columns, and compute each as often as it is named
            // there (a bucket up to four times); a fifth of the pass over the stages (docs/benchmarks.md).
            rows += " OFFSET 0";
        }
        return measures.get(0).countedByEachDimension() ? eachDimensionOnItsOwn(rows) : grouped(rows);
    }

    /**
     * The rows of each measure in a branch of their own, less those an earlier branch has; a row a measure's condition
     * cannot decide (a null day) is not that measure's, so the test of an earlier branch counts it out (the COALESCE).
     */
    private static String branches(String select, List<String> rowsOf) {
        List<String> branches = new ArrayList<>();
        for (int k = 0; k < rowsOf.size(); k++) {
            StringBuilder branch = new StringBuilder(select).append(" AND ").append(rowsOf.get(k));
            for (int j = 0; j < k; j++) {
                branch.append(" AND NOT COALESCE(").append(rowsOf.get(j)).append(", FALSE)");
            }
            branches.add(branch.toString());
        }
        return String.join(" UNION ALL ", branches);
    }

    private String grouped(String rows) {
        List<String> columns = new ArrayList<>();
        for (int k = 0; k < measures.size(); k++) {
            columns.add("x.b" + k);
        }
        dims.forEach((dim, having) -> columns.add(having.size() == measures.size() ? "x." + dim.column()
                // A dimension of some measures only: none on the others' rows, so that it does not split their groups.
                : "CASE WHEN " + having.stream().map(m -> "x.b" + measures.indexOf(m) + " IS NOT NULL")
                        .collect(Collectors.joining(" OR ")) + " THEN x." + dim.column() + " END AS " + dim.column()));
        List<String> totals = new ArrayList<>();
        for (int k = 0; k < measures.size(); k++) {
            if (measures.get(k).amount() != null) {
                totals.add("SUM(CASE WHEN x.b" + k + " IS NOT NULL THEN x.a" + k + " END) AS total" + k);
            }
        }
        String grouping = columns.stream().map(c -> c.contains(" AS ") ? c.substring(0, c.lastIndexOf(" AS ")) : c)
                .collect(Collectors.joining(", "));
        return "SELECT " + String.join(", ", columns) + ", COUNT(*) AS n" + (totals.isEmpty() ? "" : ", " + String.join(", ", totals))
                + " FROM (" + rows + ") x GROUP BY " + grouping;
    }

    private String eachDimensionOnItsOwn(String rows) {
        if (database == DatabaseProduct.POSTGRESQL) {
            String dim = whenGrouped(d -> "'" + d.column() + "'");
            String value = whenGrouped(d -> "CAST(x." + d.column() + " AS VARCHAR(100))");
            String sets = dims.keySet().stream().map(d -> "(x.b0, x." + d.column() + ")").collect(Collectors.joining(", "));
            return "SELECT x.b0, " + dim + " AS dim, " + value + " AS dim_value, COUNT(*) AS n FROM (" + rows
                    + ") x WHERE x.b0 IS NOT NULL GROUP BY GROUPING SETS (" + sets + ")";
        }
        String value = dims.keySet().stream().map(d -> " WHEN '" + d.column() + "' THEN CAST(x." + d.column()
                + " AS VARCHAR(100))").collect(Collectors.joining("", "CASE d.dim", " END"));
        String names = dims.keySet().stream().map(d -> "('" + d.column() + "')").collect(Collectors.joining(", "));
        return "SELECT x.b0, d.dim, " + value + " AS dim_value, COUNT(*) AS n FROM (" + rows + ") x CROSS JOIN (VALUES "
                + names + ") d(dim) WHERE x.b0 IS NOT NULL GROUP BY x.b0, d.dim, " + value;
    }

    /** For a group of grouping sets, the expression of the one dimension it is grouped by (GROUPING is then 0). */
    private String whenGrouped(Function<Dim, String> expression) {
        return dims.keySet().stream().map(d -> " WHEN GROUPING(x." + d.column() + ") = 0 THEN " + expression.apply(d))
                .collect(Collectors.joining("", "CASE", " END"));
    }

    /** Reads the pass's groups into each measure's tallies. */
    Map<Measure, List<Tally>> read(List<Map<String, Object>> groups) {
        Map<Measure, Map<List<Object>, Tally>> tallies = new LinkedHashMap<>();
        measures.forEach(m -> tallies.put(m, new LinkedHashMap<>()));
        for (Map<String, Object> group : groups) {
            long n = ((Number) group.get("n")).longValue();
            if (measures.get(0).countedByEachDimension()) {
                Dim dim = Dim.byColumn((String) group.get("dim")).orElseThrow();
                Map<Dim, String> values = new EnumMap<>(Dim.class);
                values.put(dim, text(group.get("dim_value")));
                add(tallies.get(measures.get(0)), new Tally(((Number) group.get("b0")).intValue(), values, n, null));
                continue;
            }
            for (int k = 0; k < measures.size(); k++) {
                Object bucket = group.get("b" + k);
                if (bucket == null) {
                    continue;
                }
                Measure measure = measures.get(k);
                Map<Dim, String> values = new EnumMap<>(Dim.class);
                measure.dims().forEach(dim -> values.put(dim, text(group.get(dim.column()))));
                add(tallies.get(measure), new Tally(((Number) bucket).intValue(), values, n,
                        measure.amount() == null ? null : (BigDecimal) group.get("total" + k)));
            }
        }
        Map<Measure, List<Tally>> lists = new LinkedHashMap<>();
        tallies.forEach((measure, byKey) -> lists.put(measure, List.copyOf(byKey.values())));
        return lists;
    }

    /** Groups that differ only in the other measures' columns are one tally of this measure. */
    private static void add(Map<List<Object>, Tally> tallies, Tally tally) {
        List<Object> key = List.of(tally.bucket(), tally.dims().toString());
        tallies.merge(key, tally, (a, b) -> new Tally(a.bucket(), a.dims(), a.count() + b.count(),
                a.total() == null ? b.total() : b.total() == null ? a.total() : a.total().add(b.total())));
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    /** A group as {@link #read} takes it: its columns by their lower-case names. */
    static Map<String, Object> groupRow(ResultSet rs) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
            row.put(rs.getMetaData().getColumnLabel(c).toLowerCase(java.util.Locale.ROOT), rs.getObject(c));
        }
        return row;
    }
}
