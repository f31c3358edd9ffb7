package heard.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The historical totals: kept in reporting's own table, every change audited. */
@Service
@Transactional
class HistoricalYears {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    HistoricalYears(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<HistoricalYear> all() {
        return jdbc.sql("SELECT * FROM reporting_historical_year ORDER BY period_start DESC, period_end DESC")
                .query(HistoricalYears::year).list();
    }

    @Transactional(readOnly = true)
    Optional<HistoricalYear> find(long id) {
        return jdbc.sql("SELECT * FROM reporting_historical_year WHERE id = :id").param("id", id)
                .query(HistoricalYears::year).optional();
    }

    /** The totals entered for exactly this period, if any. */
    @Transactional(readOnly = true)
    Optional<HistoricalYear> forPeriod(ReportPeriod period) {
        return jdbc.sql("SELECT * FROM reporting_historical_year WHERE period_start = :start AND period_end = :end")
                .param("start", period.start()).param("end", period.end())
                .query(HistoricalYears::year).optional();
    }

    /** Adds a year, or changes one (refused when someone changed it since it was read, or another has its period). */
    HistoricalYear save(HistoricalYear year) {
        check(year);
        forPeriod(year.period()).filter(other -> !other.id().equals(year.id())).ifPresent(other -> {
            throw new Refusal("yearStart", "historical.period.taken", other.label());
        });
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (year.id() == null) {
            jdbc.sql("""
                    INSERT INTO reporting_historical_year (label, period_start, period_end, stage1_received, stage2_received,
                        stage3_received, representations, compliments, member_enquiries, stage1_responses, stage1_on_time,
                        stage2_responses, stage2_on_time, updated_at)
                    VALUES (:label, :start, :end, :stage1, :stage2, :stage3, :representations, :compliments,
                        :memberEnquiries, :stage1Responses, :stage1OnTime, :stage2Responses, :stage2OnTime, :now)""")
                    .params(parameters(year)).param("now", now).update();
            long id = lastId(year.period());
            HistoricalYear saved = find(id).orElseThrow();
            audit.changed(subject(id), "created", "Historical totals for " + saved.label() + " added", null, saved);
            return saved;
        }
        HistoricalYear before = find(year.id()).orElseThrow(() -> Refusal.of("historical.notFound"));
        int updated = jdbc.sql("""
                UPDATE reporting_historical_year SET label = :label, period_start = :start, period_end = :end,
                    stage1_received = :stage1, stage2_received = :stage2, stage3_received = :stage3,
                    representations = :representations, compliments = :compliments, member_enquiries = :memberEnquiries,
                    stage1_responses = :stage1Responses, stage1_on_time = :stage1OnTime,
                    stage2_responses = :stage2Responses, stage2_on_time = :stage2OnTime,
                    version = version + 1, updated_at = :now
                WHERE id = :id AND version = :version""")
                .params(parameters(year)).param("now", now).param("id", year.id()).param("version", year.version())
                .update();
        if (updated != 1) {
            throw Refusal.of("form.changedMeanwhile");
        }
        HistoricalYear after = find(year.id()).orElseThrow();
        audit.changed(subject(year.id()), "updated", "Historical totals for " + after.label() + " changed", before, after);
        return after;
    }

    private long lastId(ReportPeriod period) {
        return jdbc.sql("SELECT id FROM reporting_historical_year WHERE period_start = :start AND period_end = :end")
                .param("start", period.start()).param("end", period.end()).query(Long.class).single();
    }

    /** Checks what a form cannot: responses answered on time cannot outnumber the responses. */
    private static void check(HistoricalYear year) {
        if (year.stage1OnTime() != null && year.stage1Responses() != null && year.stage1OnTime() > year.stage1Responses()) {
            throw new Refusal("stage1OnTime", "historical.onTime.moreThanResponses");
        }
        if (year.stage2OnTime() != null && year.stage2Responses() != null && year.stage2OnTime() > year.stage2Responses()) {
            throw new Refusal("stage2OnTime", "historical.onTime.moreThanResponses");
        }
    }

    private static java.util.Map<String, Object> parameters(HistoricalYear year) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("label", year.label());
        params.put("start", year.period().start());
        params.put("end", year.period().end());
        params.put("stage1", year.stage1Received());
        params.put("stage2", year.stage2Received());
        params.put("stage3", year.stage3Received());
        params.put("representations", year.representations());
        params.put("compliments", year.compliments());
        params.put("memberEnquiries", year.memberEnquiries());
        params.put("stage1Responses", year.stage1Responses());
        params.put("stage1OnTime", year.stage1OnTime());
        params.put("stage2Responses", year.stage2Responses());
        params.put("stage2OnTime", year.stage2OnTime());
        return params;
    }

    private static AuditSubject subject(long id) {
        return AuditSubject.of("historical-totals", id);
    }

    private static HistoricalYear year(ResultSet rs, int row) throws SQLException {
        return new HistoricalYear(rs.getLong("id"), rs.getString("label"),
                new ReportPeriod(rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class)),
                rs.getInt("stage1_received"), rs.getInt("stage2_received"), rs.getInt("stage3_received"),
                integer(rs, "representations"), integer(rs, "compliments"), integer(rs, "member_enquiries"),
                integer(rs, "stage1_responses"), integer(rs, "stage1_on_time"), integer(rs, "stage2_responses"),
                integer(rs, "stage2_on_time"), rs.getInt("version"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
