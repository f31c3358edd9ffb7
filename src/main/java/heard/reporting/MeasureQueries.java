package heard.reporting;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import heard.DatabaseProduct;
import heard.reporting.Measure.Dim;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the {@link Measure}s: grouped counts in the database for the figures, and the rows themselves for
 * a drill-down, both over the same row source.
 */
@Repository
@Transactional(readOnly = true)
class MeasureQueries {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DatabaseProduct database;
    private final boolean postgres;
    private final SnapshotPasses snapshotPasses;

    MeasureQueries(JdbcClient jdbc, DataSource dataSource, Clock clock, SnapshotPasses snapshotPasses) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.snapshotPasses = snapshotPasses;
        this.database = DatabaseProduct.of(dataSource);
        this.postgres = database == DatabaseProduct.POSTGRESQL;
    }

    /** A count (and sum of amounts) of a measure's rows that fall in one bucket and share these dimension values. */
    record Tally(int bucket, Map<Dim, String> dims, long count, BigDecimal total) {

        String get(Dim dim) {
            return dims.get(dim);
        }
    }

    /** One thing a measure counts, as a drill-down lists it. */
    record Row(String reference, boolean isCase, LocalDate receivedOn, Long serviceAreaId, Long teamId, LocalDate countedOn,
               BigDecimal amount, Map<Dim, String> dims) {
    }

    /**
     * The measure's rows counted in each bucket (a period; buckets must not overlap), grouped by all its
     * dimensions.
     */
    List<Tally> tally(Measure measure, List<ReportPeriod> buckets) {
        return tally(Map.of(measure, buckets)).get(measure);
    }

    /**
     * Each measure's rows counted in its buckets, grouped by its dimensions: one {@link Scan} of each source view
     * counts all the measures that read it. On PostgreSQL, in a repeatable-read transaction (the figures'), the scans
     * run side by side on connections that share its snapshot ({@link SnapshotPasses}); otherwise one after another.
     */
    Map<Measure, List<Tally>> tally(Map<Measure, List<ReportPeriod>> buckets) {
        List<Scan> scans = Scan.of(buckets, database);
        boolean sideBySide = postgres && scans.size() > 1 && repeatableRead();
        reportingSettings(sideBySide);
        try {
            Map<String, Object> shared = sharedParameters(scans.stream().map(Scan::sql).collect(Collectors.joining(" ")));
            List<Supplier<Map<Measure, List<Tally>>>> passes = scans.stream()
                    .<Supplier<Map<Measure, List<Tally>>>>map(scan -> () -> count(scan, shared)).toList();
            List<Map<Measure, List<Tally>>> counted = sideBySide
                    ? snapshotPasses.run(passes, () -> reportingSettings(true))
                    : passes.stream().map(Supplier::get).toList();
            Map<Measure, List<Tally>> tallies = new EnumMap<>(Measure.class);
            buckets.keySet().forEach(measure -> tallies.put(measure, List.of()));
            counted.forEach(tallies::putAll);
            return tallies;
        } finally {
            if (!postgres) {
                jdbc.sql("SET LAZY_QUERY_EXECUTION FALSE").update();
            }
        }
    }

    /**
     * Compiling these short aggregates costs PostgreSQL more than it saves (about 100 ms a query), and at the default
     * 4 MB their groups of a large council's years spill to disk. Only for the transaction. On H2, see below; that one
     * is the session's, so {@link #tally} puts it back.
     *
     * <p>Passes side by side are the count's parallelism: each then runs in its own process, without PostgreSQL's
     * parallel workers, which there only add processes contending for the same cores: at a million records on two
     * cores, the pass over the stages took 1.05 s of processor time in one process against 1.68 s with two workers, and
     * the count 1.37 s against 2.08 s (docs/benchmarks.md).
     */
    private void reportingSettings(boolean sideBySide) {
        if (postgres) {
            jdbc.sql("SET LOCAL jit = off").update();
            jdbc.sql("SET LOCAL work_mem = '64MB'").update();
            if (sideBySide) {
                jdbc.sql("SET LOCAL max_parallel_workers_per_gather = 0").update();
            }
        } else {
            // H2 otherwise materialises each view and derived table a pass reads, and one of more rows than its
            // MAX_MEMORY_ROWS (20,000 in a 512 MB heap) goes to a temporary file: streamed, a large council's passes
            // take a fraction of the time (docs/benchmarks.md).
            jdbc.sql("SET LAZY_QUERY_EXECUTION TRUE").update();
        }
    }

    private Map<Measure, List<Tally>> count(Scan scan, Map<String, Object> shared) {
        Map<String, Object> params = new HashMap<>(scan.params());
        params.putAll(shared);
        boolean byLookup = postgres && scan.source().joinedByLookup();
        if (byLookup) {
            jdbc.sql("SET LOCAL enable_hashjoin = off").update();
        }
        Map<Measure, List<Tally>> tallies = jdbc.sql(scan.sql()).params(params).query(scan::read);
        // Not in a finally: a pass that failed has ended the transaction, and with it the setting.
        if (byLookup) {
            jdbc.sql("RESET enable_hashjoin").update();
        }
        return tallies;
    }

    /** Whether this transaction reads one snapshot throughout, so that passes sharing it count the same records. */
    private static boolean repeatableRead() {
        Integer isolation = TransactionSynchronizationManager.getCurrentTransactionIsolationLevel();
        return isolation != null && isolation == Connection.TRANSACTION_REPEATABLE_READ;
    }

    /**
     * The rows behind a figure: those counted in the period (every day when null) whose dimensions have the
     * values given; an empty value asks for rows where that dimension is null.
     */
    List<Row> rows(Measure measure, ReportPeriod period, Map<Dim, Optional<String>> filters) {
        Map<String, Object> params = new HashMap<>(sharedParameters(measure.rows()));
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (period != null) {
            where.append(" AND r.counted_on BETWEEN :from AND :to");
            params.put("from", period.start());
            params.put("to", period.end());
        }
        filters.forEach((dim, value) -> {
            if (!measure.dims().contains(dim)) {
                throw new IllegalArgumentException(measure + " has no dimension " + dim);
            }
            if (value.isEmpty()) {
                where.append(" AND r.").append(dim.column()).append(" IS NULL");
            } else {
                where.append(" AND r.").append(dim.column()).append(" = :").append(dim.column());
                params.put(dim.column(), dim.parse(value.get()));
            }
        });
        return jdbc.sql("SELECT r.* FROM (" + measure.rows() + ") r" + where + " ORDER BY r.counted_on, r.reference")
                .params(params)
                .query((rs, n) -> new Row(rs.getString("reference"), "case".equals(rs.getString("record_kind")),
                        rs.getObject("received_on", LocalDate.class), nullableLong(rs, "service_area_id"),
                        nullableLong(rs, "team_id"), rs.getObject("counted_on", LocalDate.class),
                        rs.getBigDecimal("amount"), dims(rs, measure)))
                .list();
    }

    /** The words of the compliments received in the period that were chosen for quotation, oldest first. */
    List<String> quotations(ReportPeriod period) {
        return jdbc.sql("""
                SELECT summary FROM feedback_view
                WHERE record_type = 'COMPLIMENT' AND quotable AND summary IS NOT NULL
                  AND received_on BETWEEN :from AND :to
                ORDER BY received_on, reference""")
                .param("from", period.start()).param("to", period.end()).query(String.class).list();
    }

    /** An action a stage's answer committed the council to, with the case it belongs to. */
    record CommittedAction(String reference, Long serviceAreaId, Long teamId, String text) {
    }

    /** The actions committed in the period, from the same rows that count them, in the order they were committed. */
    List<CommittedAction> actions(ReportPeriod period) {
        return jdbc.sql("SELECT r.reference, r.service_area_id, r.team_id, r.action_text FROM ("
                        + Measure.ACTIONS_COMMITTED.rows() + ") r WHERE r.counted_on BETWEEN :from AND :to"
                        + " ORDER BY r.counted_on, r.reference, r.action_text")
                .param("from", period.start()).param("to", period.end())
                .query((rs, n) -> new CommittedAction(rs.getString("reference"), nullableLong(rs, "service_area_id"),
                        nullableLong(rs, "team_id"), rs.getString("action_text")))
                .list();
    }

    /** An action of the learning register, for the staff version's list. */
    record RegisterAction(String reference, String text, String owner, LocalDate dueOn, String status) {
    }

    /** The register's actions agreed in the period, from the same rows that count them, in the order agreed. */
    List<RegisterAction> registerActions(ReportPeriod period) {
        return jdbc.sql("SELECT r.reference, r.action_text, r.owner_name, r.due_on, r.status FROM ("
                        + Measure.REGISTER_ACTIONS_COMMITTED.rows() + ") r WHERE r.counted_on BETWEEN :from AND :to"
                        + " ORDER BY r.counted_on, r.reference, r.action_text")
                .param("from", period.start()).param("to", period.end())
                .query((rs, n) -> new RegisterAction(rs.getString("reference"), rs.getString("action_text"),
                        rs.getString("owner_name"), rs.getObject("due_on", LocalDate.class), rs.getString("status")))
                .list();
    }

    /** The words the complaints manager chose for the public table, of the actions done in the period. */
    record YouSaidWeDid(String youSaid, String weDid) {
    }

    List<YouSaidWeDid> youSaidWeDid(ReportPeriod period) {
        return jdbc.sql("SELECT r.you_said, r.we_did FROM (" + Measure.REGISTER_ACTIONS_COMPLETED.rows()
                        + ") r WHERE r.counted_on BETWEEN :from AND :to AND r.you_said IS NOT NULL"
                        + " ORDER BY r.counted_on, r.reference")
                .param("from", period.start()).param("to", period.end())
                .query((rs, n) -> new YouSaidWeDid(rs.getString("you_said"), rs.getString("we_did"))).list();
    }

    /** The parameters a measure's SQL may use besides its period: today, and what the calendar knows. */
    private Map<String, Object> sharedParameters(String sql) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (sql.contains(":today")) {
            LocalDate today = LocalDate.now(clock);
            params.put("today", today);
            params.put("week_end", today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
        }
        if (sql.contains(":known_")) {
            Map<String, Object> known = jdbc.sql("SELECT MIN(\"day\") AS first_day, MAX(working_day_no) AS last_no FROM calendar_day")
                    .query((rs, n) -> {
                        Map<String, Object> row = new HashMap<>();
                        row.put("known_first_day", rs.getObject("first_day", LocalDate.class));
                        row.put("known_last_no", rs.getObject("last_no", Integer.class));
                        return row;
                    }).single();
            params.putAll(known);
        }
        return params;
    }

    private static Map<Dim, String> dims(ResultSet rs, Measure measure) throws SQLException {
        Map<Dim, String> values = new java.util.EnumMap<>(Dim.class);
        for (Dim dim : measure.dims()) {
            values.put(dim, rs.getString(dim.column()));
        }
        return values;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** Sums of tallies, picked out by bucket and dimension values. */
    static final class Tallies {

        static final Tallies NONE = new Tallies(List.of());

        private final List<Tally> tallies;

        Tallies(List<Tally> tallies) {
            this.tallies = List.copyOf(tallies);
        }

        Tallies in(java.util.Set<Integer> buckets) {
            return only(t -> buckets.contains(t.bucket()));
        }

        Tallies where(Dim dim, Object value) {
            String wanted = value == null ? null : String.valueOf(value);
            return only(t -> java.util.Objects.equals(t.get(dim), wanted));
        }

        private Tallies only(java.util.function.Predicate<Tally> kept) {
            List<Tally> chosen = new ArrayList<>();
            for (Tally t : tallies) {
                if (kept.test(t)) {
                    chosen.add(t);
                }
            }
            return new Tallies(chosen);
        }

        long count() {
            long count = 0;
            for (Tally t : tallies) {
                count += t.count();
            }
            return count;
        }

        BigDecimal total() {
            BigDecimal total = BigDecimal.ZERO;
            for (Tally t : tallies) {
                if (t.total() != null) {
                    total = total.add(t.total());
                }
            }
            return total.setScale(2);
        }

        /** Counts by the values of some dimensions, in the order first seen. */
        Map<List<String>, Long> countBy(Dim... dims) {
            Map<List<String>, Long> counts = new LinkedHashMap<>();
            split(dims).forEach((key, group) -> counts.put(key, group.count()));
            return counts;
        }

        /**
         * The tallies split by the values of some dimensions, in the order first seen: one pass, where asking
         * {@link #where} of each value would read them all once a value.
         */
        Map<List<String>, Tallies> split(Dim... dims) {
            Map<List<String>, List<Tally>> groups = new LinkedHashMap<>();
            for (Tally t : tallies) {
                String[] key = new String[dims.length];
                for (int d = 0; d < dims.length; d++) {
                    key[d] = t.get(dims[d]);
                }
                groups.computeIfAbsent(Collections.unmodifiableList(Arrays.asList(key)), k -> new ArrayList<>()).add(t);
            }
            Map<List<String>, Tallies> split = new LinkedHashMap<>();
            groups.forEach((key, group) -> split.put(key, new Tallies(group)));
            return split;
        }

        boolean isEmpty() {
            return tallies.isEmpty();
        }
    }
}
