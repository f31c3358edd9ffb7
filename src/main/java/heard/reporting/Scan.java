package heard.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    /**
     * Reads the pass's groups into each measure's tallies. Groups that differ only in the other measures' columns are one
     * tally of this measure, so each measure's are summed by its bucket and its own dimensions' values.
     */
    Map<Measure, List<Tally>> read(ResultSet rs) throws SQLException {
        Map<String, Integer> columns = new HashMap<>();
        ResultSetMetaData meta = rs.getMetaData();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            columns.put(meta.getColumnLabel(c).toLowerCase(Locale.ROOT), c);
        }
        return measures.get(0).countedByEachDimension() ? readEachDimension(rs, columns) : readGrouped(rs, columns);
    }

    /** Each group's key for a measure is its bucket and its dimensions' values, in the order of {@link Measure#dims}. */
    private Map<Measure, List<Tally>> readGrouped(ResultSet rs, Map<String, Integer> columns) throws SQLException {
        int n = columns.get("n");
        int size = measures.size();
        // The columns are found by name once, not for each group.
        int[] bucketAt = new int[size];
        int[][] dimsAt = new int[size][];
        int[] totalAt = new int[size];
        for (int k = 0; k < size; k++) {
            Measure measure = measures.get(k);
            bucketAt[k] = columns.get("b" + k);
            dimsAt[k] = measure.dims().stream().mapToInt(dim -> columns.get(dim.column())).toArray();
            totalAt[k] = measure.amount() == null ? 0 : columns.get("total" + k);
        }
        List<Map<List<Object>, Sum>> sums = new ArrayList<>();
        measures.forEach(m -> sums.add(new LinkedHashMap<>()));
        while (rs.next()) {
            long count = rs.getLong(n);
            for (int k = 0; k < size; k++) {
                int bucket = rs.getInt(bucketAt[k]);
                if (rs.wasNull()) {
                    continue;
                }
                Object[] key = new Object[dimsAt[k].length + 1];
                key[0] = bucket;
                for (int d = 0; d < dimsAt[k].length; d++) {
                    key[d + 1] = text(rs, dimsAt[k][d]);
                }
                sums.get(k).computeIfAbsent(Arrays.asList(key), any -> new Sum())
                        .add(count, totalAt[k] == 0 ? null : rs.getBigDecimal(totalAt[k]));
            }
        }
        Map<Measure, List<Tally>> tallies = new LinkedHashMap<>();
        for (int k = 0; k < size; k++) {
            List<Dim> dimsOf = measures.get(k).dims();
            tallies.put(measures.get(k), tallies(sums.get(k), key -> {
                Map<Dim, String> values = new EnumMap<>(Dim.class);
                for (int d = 0; d < dimsOf.size(); d++) {
                    values.put(dimsOf.get(d), (String) key.get(d + 1));
                }
                return values;
            }));
        }
        return tallies;
    }

    /** Each group's key is its bucket, the one dimension it is counted by and that dimension's value. */
    private Map<Measure, List<Tally>> readEachDimension(ResultSet rs, Map<String, Integer> columns) throws SQLException {
        int n = columns.get("n");
        int bucketAt = columns.get("b0");
        int dimAt = columns.get("dim");
        int valueAt = columns.get("dim_value");
        Map<List<Object>, Sum> sums = new LinkedHashMap<>();
        while (rs.next()) {
            Dim dim = Dim.byColumn(rs.getString(dimAt)).orElseThrow();
            sums.computeIfAbsent(Arrays.asList(rs.getInt(bucketAt), dim, text(rs, valueAt)), key -> new Sum())
                    .add(rs.getLong(n), null);
        }
        return Map.of(measures.get(0), tallies(sums, key -> {
            Map<Dim, String> values = new EnumMap<>(Dim.class);
            values.put((Dim) key.get(1), (String) key.get(2));
            return values;
        }));
    }

    /** The sums as tallies; a key's first element is its bucket, and the rest give its dimensions' values. */
    private static List<Tally> tallies(Map<List<Object>, Sum> sums, Function<List<Object>, Map<Dim, String>> dims) {
        List<Tally> tallies = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> tallies.add(new Tally((Integer) key.get(0), dims.apply(key), sum.count, sum.total)));
        return List.copyOf(tallies);
    }

    /** A dimension's value as the tallies compare it: a number or a code, as text. */
    private static String text(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : String.valueOf(value);
    }

    /** The count and amount of the groups of one tally. */
    private static final class Sum {

        private long count;
        private BigDecimal total;

        void add(long groupCount, BigDecimal groupTotal) {
            count += groupCount;
            total = total == null ? groupTotal : groupTotal == null ? total : total.add(groupTotal);
        }
    }
}
