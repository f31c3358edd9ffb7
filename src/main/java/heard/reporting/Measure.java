package heard.reporting;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import heard.calendar.StatutoryTimescales;
import heard.casework.Ethnicity;

/**
 * What the figures count, each defined once: a row source, in SQL over the views the other modules
 * publish, giving one row for each thing counted. Every figure is a count (or sum) of one row source's
 * rows whose {@code counted_on} falls in a period, grouped by some of its dimensions; the drill-down
 * behind a figure lists the same rows, filtered by the same period and dimensions. So a figure and the
 * records behind it cannot drift apart.
 *
 * <p>Each row source has the columns {@code reference}, {@code record_kind} ({@code case},
 * {@code feedback}), {@code received_on}, {@code service_area_id}, {@code team_id}, {@code counted_on} (the
 * day that puts the row in a period), {@code amount} (money, or null) and its dimensions.
 *
 * <p>A measure is its {@link Source} (the view it reads, joined to what it needs), a condition on the source's
 * rows, the day each row is counted on, and its dimensions, each an expression on the source. From those pieces
 * come both the SQL that lists the rows (the drill-down) and the columns a {@link Scan} groups by to count them, so
 * a figure and its records are one definition.
 *
 * <p>Timeliness follows {@code WorkingDayCalendar}: the due date N working days after a start is the working day
 * numbered the start's number plus N ({@code calendar_day}), and an answer on or before it is within N days. A due
 * date beyond the years Heard's calendar knows leaves a response unmeasured. The look-ups are folded into the
 * source: each date is joined to its calendar day once, and "on or before the due date" is arithmetic on their
 * working-day numbers ({@link Sql#onOrBeforeDue}), not a join to find the due date.
 */
enum Measure {

    /** Stage N began in the period: Stage 1 on receipt, Stages 2 and 3 on request. */
    STAGE_RECEIVED("stage-received", Source.STAGES, "s.requested_on", null, null,
            Map.of(Dim.STAGE, "s.stage", Dim.SERVICE_AREA, "s.service_area_id", Dim.TEAM, "s.team_id")),

    /** Stage N's outcome was reached in the period: answered, withdrawn, or escalated without an answer. */
    STAGE_DECIDED("stage-decided", Source.STAGES, "s.decided_on", "s.outcome IS NOT NULL", null,
            Map.of(Dim.STAGE, "s.stage", Dim.SERVICE_AREA, "s.service_area_id", Dim.TEAM, "s.team_id",
                    Dim.OUTCOME, "s.outcome")),

    /**
     * Stage N's response was sent in the period (a withdrawal or an escalation is not a response), with
     * how long it took against the statutory timescale from the stage's clock (the case log spec's): Stage 1
     * 10 working days from receipt (20 extended), Stage 2 25 from the agreed statement (65 extended), Stage 3
     * the council's answer 15 from the panel's report (the panel and its report are timed in STAGE3_PANELS).
     */
    STAGE_RESPONSES("stage-responses", Source.STAGES, "s.responded_on",
            "s.responded_on IS NOT NULL AND (s.outcome IS NULL OR s.outcome NOT IN ('WITHDRAWN', 'ESCALATED_WITHOUT_RESPONSE'))",
            null, Map.of(Dim.STAGE, "s.stage", Dim.SERVICE_AREA, "s.service_area_id", Dim.TEAM, "s.team_id",
                    Dim.BAND, Sql.BAND, Dim.EXTENDED, "CASE WHEN s.extended THEN 1 ELSE 0 END",
                    // The band once: it is most of the work of a row.
                    Dim.ON_TIME, "CASE (" + Sql.BAND + ") WHEN 'WITHIN_TARGET' THEN 1"
                            + " WHEN 'WITHIN_EXTENDED' THEN CASE WHEN s.extended THEN 1 ELSE 0 END ELSE 0 END")),

    /** Stage 3 review panels held in the period, and whether each step kept to its timescale. */
    STAGE3_PANELS("stage3-panels", Source.PANELS, "s.panel_on", null, null,
            Map.of(Dim.HELD_WITHIN_30, Sql.flag(Sql.onOrBeforeDue("s.panel_on", "panel", "requested",
                            StatutoryTimescales.STAGE_3_PANEL.target().count())),
                    Dim.REPORT_WITHIN_5, Sql.flag(Sql.onOrBeforeDue("s.panel_report_on", "report", "panel",
                            StatutoryTimescales.STAGE_3_PANEL_REPORT.target().count())),
                    Dim.RESPONSE_WITHIN_15, Sql.flag(Sql.onOrBeforeDue("s.responded_on", "answered", "report",
                            StatutoryTimescales.STAGE_3_AUTHORITY_RESPONSE.target().count())))),

    /** Each issue of each Stage 1 complaint received in the period. */
    ISSUES_RECEIVED("issues-received", Source.ISSUES, "s.requested_on", null, null,
            Map.of(Dim.ISSUE, "i.issue_category_id")),

    /** Each issue of each Stage 1 complaint decided in the period, and whether it was upheld in whole or part. */
    ISSUES_DECIDED("issues-decided", Source.ISSUES, "s.decided_on", "s.outcome IS NOT NULL", null,
            Map.of(Dim.ISSUE, "i.issue_category_id",
                    Dim.UPHELD_OR_PARTLY, "CASE WHEN s.outcome IN ('UPHELD', 'PARTIALLY_UPHELD') THEN 1 ELSE 0 END")),

    /**
     * Stage 1 complaints received in the period, with who made them, how, and about which child. The report counts
     * by each of these on its own, so a {@link Scan} counts them so ({@link #countedByEachDimension}).
     */
    COMPLAINANTS("complainants", Source.COMPLAINANTS, "s.requested_on", null, null,
            Map.of(Dim.ROLE, "c.complainant_role", Dim.CHANNEL, "c.channel", Dim.SEX, "c.child_sex",
                    Dim.ETHNIC_GROUP, Sql.ETHNIC_GROUP, Dim.AGE_BAND, Sql.AGE_BAND,
                    Dim.DISABLED, "CASE WHEN c.child_disabled THEN 'YES' WHEN NOT c.child_disabled THEN 'NO' END",
                    Dim.ADVOCACY, "c.advocacy")),

    /**
     * Every record received in the period, cases and feedback alike: representations, non-qualifying
     * complaints, compliments, comments and member enquiries are counted from here, and whether a
     * member enquiry was answered within its 5 working days.
     */
    RECORDS_RECEIVED("records-received", Source.RECORDS, "r.received_on", null, null,
            Map.of(Dim.RECORD_TYPE, "r.record_type", Dim.PROCEDURE, "r.procedure_kind", Dim.SERVICE_AREA,
                    "r.service_area_id", Dim.TEAM, "r.team_id", Dim.RESPONDED, "r.responded",
                    Dim.WITHIN_TARGET, "r.within_target", Dim.QUOTABLE, "r.quotable")),

    /** Records the Ombudsman first raised with the council in the period. */
    OMBUDSMAN_REFERRED("ombudsman-referred", Source.OMBUDSMAN, "o.referred_on", null, null, Map.of()),

    /** The Ombudsman's decisions made in the period. */
    OMBUDSMAN_DECIDED("ombudsman-decided", Source.OMBUDSMAN, "o.decided_on", "o.decision IS NOT NULL", null,
            Map.of(Dim.DECISION, "o.decision", Dim.FAULT_FOUND,
                    "CASE WHEN o.decision IN ('UPHELD_FAULT_NO_INJUSTICE', 'UPHELD_FAULT_AND_INJUSTICE') THEN 1 ELSE 0 END")),

    /**
     * Remedies, counted on the day recorded: a remedy given in Heard on its own date, one imported from a
     * case log on the record's received date (casework records it so). A payment is a remedy with an amount.
     */
    REMEDIES("remedies", Source.REMEDIES, "r.recorded_on", null, "r.amount",
            Map.of(Dim.REMEDY_TYPE, "r.remedy_type", Dim.PAYMENT, "CASE WHEN r.amount IS NOT NULL THEN 1 ELSE 0 END")),

    /** Costs of handling complaints, counted as remedies are: on their own date, or an imported one on receipt. */
    COSTS("costs", Source.COSTS, "k.incurred_on", null, "k.amount", Map.of(Dim.COST_KIND, "k.kind")),

    /** Conciliation meetings and mediations held in the period, on the day each was held. */
    ADR_HELD("adr-held", Source.ADR, "a.held_on", null, null, Map.of(Dim.ADR_KIND, "a.kind")),

    /**
     * Actions a stage's answer committed the council to, counted on the decided basis: the day that answer was
     * sent. Each action is a row, so a case whose answer holds two counts twice; {@code action_text} is the
     * action itself, for the staff version's list (not a dimension: free words are not grouped).
     */
    ACTIONS_COMMITTED("actions-committed", Source.ACTIONS, "a.responded_on", null, null,
            Map.of(Dim.SERVICE_AREA, "c.service_area_id", Dim.TEAM, "c.team_id")),

    /** Lessons of the learning register recorded in the period, by their theme. */
    LESSONS_RECORDED("lessons-recorded", Source.LESSONS, "l.recorded_on", null, null, Map.of(Dim.THEME, "l.theme")),

    /**
     * Actions of the learning register agreed in the period: those a stage's answer recorded on the day it was sent
     * (so these include {@link #ACTIONS_COMMITTED}'s), the others on the day they were raised.
     */
    REGISTER_ACTIONS_COMMITTED("register-actions-committed", Source.REGISTER_ACTIONS, "a.agreed_on", null, null,
            Map.of(Dim.ORIGIN, "a.origin")),

    /** Actions of the register done in the period, and whether after their due date. */
    REGISTER_ACTIONS_COMPLETED("register-actions-completed", Source.REGISTER_ACTIONS, "a.completed_on",
            "a.status = 'DONE'", null, Map.of(Dim.LATE, Sql.flag("a.due_on IS NOT NULL AND a.completed_on > a.due_on"))),

    /**
     * Actions of the register due in the period (dropped ones aside), by their progress against the due date: done on
     * time, done late, overdue (open, and the due date passed before today), or not yet due; {@code overdue} is 1 for
     * those not done by their due date (done late, or overdue).
     */
    REGISTER_ACTIONS_DUE("register-actions-due", Source.REGISTER_ACTIONS, "a.due_on",
            "a.due_on IS NOT NULL AND a.status <> 'DROPPED'", null, Map.of(Dim.PROGRESS, """
                    CASE WHEN a.status = 'DONE' AND a.completed_on <= a.due_on THEN 'ON_TIME'
                         WHEN a.status = 'DONE' THEN 'LATE'
                         WHEN a.due_on < :today THEN 'OVERDUE'
                         ELSE 'NOT_YET_DUE' END""", Dim.OVERDUE, Sql.flag("""
                    (a.status = 'DONE' AND a.completed_on > a.due_on) OR (a.status <> 'DONE' AND a.due_on < :today)"""))),

    /** Actions of the register dropped in the period, each with the reason recorded. */
    REGISTER_ACTIONS_DROPPED("register-actions-dropped", Source.REGISTER_ACTIONS, "a.dropped_on", "a.status = 'DROPPED'",
            null, Map.of()),

    /**
     * The remedies the Ombudsman asked for that were due in the period, as the Ombudsman counts compliance: carried
     * out on or before the due date, after it, or not yet; by kind, a payment with its amount.
     */
    OMBUDSMAN_REMEDIES_DUE("ombudsman-remedies-due", Source.OMBUDSMAN_REMEDIES, "r.due_on", null, "r.amount",
            Map.of(Dim.COMPLIANCE, """
                    CASE WHEN r.complied_on IS NULL THEN 'NOT_YET'
                         WHEN r.complied_on <= r.due_on THEN 'ON_TIME'
                         ELSE 'LATE' END""", Dim.REMEDY_KIND, "r.remedy_type")),

    /**
     * Cases open now, by the stage they are at and when their current deadline falls: overdue (before
     * today), due this week (today to Sunday), later, or none pending. Counted on the day received; the
     * dashboard takes every day.
     */
    OPEN_CASES("open-cases", Source.OPEN_CASES, "c.received_on", null, null,
            Map.of(Dim.STAGE, "c.current_stage", Dim.DUE, """
                    CASE WHEN c.current_due_on IS NULL THEN 'NONE'
                         WHEN c.current_due_on < :today THEN 'OVERDUE'
                         WHEN c.current_due_on <= :week_end THEN 'THIS_WEEK'
                         ELSE 'LATER' END"""));

    private final String slug;
    private final Source source;
    private final String countedOn;
    private final String condition;
    private final String amount;
    /** Each dimension's expression on the source, in the order of {@link Dim}. */
    private final Map<Dim, String> dims;
    /** The same dimensions as a list: a pass asks for them for each group it reads. */
    private final List<Dim> dimensions;

    Measure(String slug, Source source, String countedOn, String condition, String amount, Map<Dim, String> dims) {
        this.slug = slug;
        this.source = source;
        this.countedOn = countedOn;
        this.condition = condition;
        this.amount = amount;
        this.dims = Collections.unmodifiableMap(dims.isEmpty() ? new EnumMap<>(Dim.class) : new EnumMap<>(dims));
        this.dimensions = List.copyOf(this.dims.keySet());
    }

    /** The measure's name in a drill-down address. */
    public String slug() {
        return slug;
    }

    Source source() {
        return source;
    }

    /** The day that puts a row in a period. */
    String countedOn() {
        return countedOn;
    }

    /** Which of the source's rows the measure counts: SQL, true when the measure counts them all. */
    String condition() {
        return condition == null ? "1 = 1" : condition;
    }

    /** The money a row carries, summed in a figure; null for a measure that counts only. */
    String amount() {
        return amount;
    }

    List<Dim> dims() {
        return dimensions;
    }

    /** A dimension's expression on the source. */
    String expression(Dim dim) {
        return dims.get(dim);
    }

    /**
     * True for a measure whose dimensions the figures count each on its own (who complained, how, the child's sex),
     * never in combination: a scan then counts by each dimension separately rather than by every combination.
     */
    boolean countedByEachDimension() {
        return this == COMPLAINANTS;
    }

    /**
     * The row source: one row for each thing counted, with the columns {@code reference}, {@code record_kind},
     * {@code received_on}, {@code service_area_id}, {@code team_id}, {@code counted_on}, {@code amount}, the
     * dimensions by their column names, and the source's own extra columns.
     */
    String rows() {
        StringBuilder sql = new StringBuilder("SELECT ").append(source.recordColumns()).append(", ").append(countedOn)
                .append(" AS counted_on, ").append(amount == null ? "CAST(NULL AS DECIMAL(12, 2))" : amount)
                .append(" AS amount");
        // The service area and team are the record's own, listed with it already.
        dims.forEach((dim, expression) -> {
            if (dim != Dim.SERVICE_AREA && dim != Dim.TEAM) {
                sql.append(", ").append(expression).append(" AS ").append(dim.column());
            }
        });
        source.extraColumns().forEach(column -> sql.append(", ").append(column));
        return sql.append(" FROM ").append(source.from()).append(" WHERE ").append(source.where()).append(" AND ")
                .append(condition()).toString();
    }

    static Optional<Measure> bySlug(String slug) {
        return Arrays.stream(values()).filter(m -> m.slug.equals(slug)).findFirst();
    }

    /**
     * A view the measures read, with what it is joined to: each row source is some of a source's rows, and a
     * {@link Scan} counts several measures of one source in one pass over it.
     */
    enum Source {

        /** Each stage of each stage complaint, with the calendar days of its clock and its answer. */
        STAGES("""
                casework_stage_view s
                LEFT JOIN calendar_day clock ON clock."day" = s.clock_start_on
                LEFT JOIN calendar_day answered ON answered."day" = s.responded_on""", Sql.STAGE_COMPLAINT, Sql.STAGE_RECORD),

        /** Stage 3 stages whose review panel met, with the calendar days of each step. */
        PANELS("""
                casework_stage_view s
                LEFT JOIN calendar_day requested ON requested."day" = s.requested_on
                LEFT JOIN calendar_day panel ON panel."day" = s.panel_on
                LEFT JOIN calendar_day report ON report."day" = s.panel_report_on
                LEFT JOIN calendar_day answered ON answered."day" = s.responded_on""",
                Sql.STAGE_COMPLAINT + " AND s.stage = 3 AND s.panel_on IS NOT NULL", Sql.STAGE_RECORD),

        /** Each issue of each Stage 1 complaint. */
        ISSUES("casework_stage_view s JOIN casework_issue_view i ON i.case_id = s.case_id",
                Sql.STAGE_COMPLAINT + " AND s.stage = 1", Sql.STAGE_RECORD),

        /** Each Stage 1 complaint, with its complainant and child. */
        COMPLAINANTS("casework_stage_view s JOIN casework_case_view c ON c.case_id = s.case_id",
                Sql.STAGE_COMPLAINT + " AND s.stage = 1", Sql.STAGE_RECORD),

        /** Every record, cases and feedback alike, with whether a member enquiry was answered within 5 working days. */
        RECORDS("""
                (SELECT c.reference, 'case' AS record_kind, c.received_on, c.service_area_id, c.team_id, c.record_type,
                        c.procedure_kind, 0 AS responded, 0 AS within_target, 0 AS quotable
                 FROM casework_case_view c
                 UNION ALL
                 SELECT f.reference, 'feedback' AS record_kind, f.received_on, f.service_area_id, f.team_id, f.record_type,
                        CAST(NULL AS VARCHAR(20)) AS procedure_kind,
                        CASE WHEN f.responded_on IS NOT NULL THEN 1 ELSE 0 END AS responded,
                        %s AS within_target,
                        CASE WHEN f.quotable THEN 1 ELSE 0 END AS quotable
                 FROM feedback_view f
                 LEFT JOIN calendar_day received ON received."day" = f.received_on
                 LEFT JOIN calendar_day answered ON answered."day" = f.responded_on) r""".formatted(
                Sql.flag(Sql.onOrBeforeDue("f.responded_on", "answered", "received",
                StatutoryTimescales.MEMBER_ENQUIRY.target().count()))), null,
                "r.reference, r.record_kind, r.received_on, r.service_area_id, r.team_id"),

        /** The Ombudsman's cases, with the record (case or feedback) each concerns. */
        OMBUDSMAN("""
                ombudsman_view o
                LEFT JOIN casework_case_view c ON c.reference = o.reference
                LEFT JOIN feedback_view f ON f.reference = o.reference""", null, """
                o.reference, CASE WHEN c.case_id IS NOT NULL THEN 'case' ELSE 'feedback' END AS record_kind,
                COALESCE(c.received_on, f.received_on) AS received_on,
                COALESCE(c.service_area_id, f.service_area_id) AS service_area_id,
                COALESCE(c.team_id, f.team_id) AS team_id"""),

        /** Remedies, with their case (joined outer so that a count, which needs nothing of the case, skips it). */
        REMEDIES("casework_remedy_view r LEFT JOIN casework_case_view c ON c.case_id = r.case_id", null, Sql.CASE_RECORD),

        COSTS("casework_cost_view k LEFT JOIN casework_case_view c ON c.case_id = k.case_id", null, Sql.CASE_RECORD),

        ADR("casework_adr_view a LEFT JOIN casework_case_view c ON c.case_id = a.case_id", null, Sql.CASE_RECORD),

        /** Actions, with the case whose team they count under. */
        ACTIONS("casework_action_view a JOIN casework_case_view c ON c.case_id = a.case_id", null, Sql.CASE_RECORD,
                "a.text AS action_text"),

        OPEN_CASES("casework_case_view c", "c.status = 'OPEN'", Sql.CASE_RECORD),

        /** The learning register's lessons, with the first case each was drawn from. */
        LESSONS("learning_lesson_view l " + Sql.recordOf("l"), null,
                Sql.learningRecord("l", "l.service_area_id", "l.team_id")),

        /**
         * The learning register's actions, with the first case each answers; counted under the action's own service
         * area and team, or its case's where it has none.
         */
        REGISTER_ACTIONS("learning_action_view a " + Sql.recordOf("a"), null, Sql.learningRecord("a",
                "CASE WHEN a.service_area_id IS NULL AND a.team_id IS NULL THEN COALESCE(c.service_area_id, f.service_area_id)"
                        + " ELSE a.service_area_id END",
                "CASE WHEN a.service_area_id IS NULL AND a.team_id IS NULL THEN COALESCE(c.team_id, f.team_id)"
                        + " ELSE a.team_id END"),
                "a.what AS action_text", "a.owner_name AS owner_name", "a.due_on AS due_on", "a.status AS status",
                "a.you_said AS you_said", "a.we_did AS we_did"),

        /** The remedies the Ombudsman asked for, with the record its decision was about. */
        OMBUDSMAN_REMEDIES("learning_remedy_view r " + Sql.recordOf("r"), null,
                Sql.learningRecord("r", "COALESCE(c.service_area_id, f.service_area_id)", "COALESCE(c.team_id, f.team_id)"));

        private final String from;
        private final String where;
        private final String recordColumns;
        private final List<String> extraColumns;

        Source(String from, String where, String recordColumns, String... extraColumns) {
            this.from = from;
            this.where = where;
            this.recordColumns = recordColumns;
            this.extraColumns = List.of(extraColumns);
        }

        String from() {
            return from;
        }

        /** The condition every row of the source meets. */
        String where() {
            return where == null ? "1 = 1" : where;
        }

        /** The record a row is about: reference, record_kind, received_on, service_area_id, team_id. */
        String recordColumns() {
            return recordColumns;
        }

        /** Columns a drill-down lists that are not dimensions. */
        List<String> extraColumns() {
            return extraColumns;
        }

        /**
         * True for a source whose rows of a few years are few beside the tables it joins: the issues of a year's
         * Stage 1 complaints, who made them, the actions of their answers. Their rows are best joined by looking each
         * up in an index; PostgreSQL otherwise hashes the whole of a table (1.6 million issues, 730,000 complaints at a
         * million records) to join a year's 76,000, in twice the time (docs/benchmarks.md).
         */
        boolean joinedByLookup() {
            return this == ISSUES || this == COMPLAINANTS || this == ACTIONS;
        }
    }

    /** A dimension of a row source: its column, which is also its parameter in a drill-down address. */
    enum Dim {
        STAGE("stage", Type.INT),
        SERVICE_AREA("service_area_id", Type.LONG),
        TEAM("team_id", Type.LONG),
        OUTCOME("outcome", Type.TEXT),
        BAND("band", Type.TEXT),
        EXTENDED("extended", Type.INT),
        ON_TIME("on_time", Type.INT),
        HELD_WITHIN_30("held_within_30", Type.INT),
        REPORT_WITHIN_5("report_within_5", Type.INT),
        RESPONSE_WITHIN_15("response_within_15", Type.INT),
        ISSUE("issue", Type.LONG),
        UPHELD_OR_PARTLY("upheld_or_partly", Type.INT),
        ROLE("role", Type.TEXT),
        CHANNEL("channel", Type.TEXT),
        SEX("sex", Type.TEXT),
        ETHNIC_GROUP("ethnic_group", Type.TEXT),
        AGE_BAND("age_band", Type.TEXT),
        DISABLED("disabled", Type.TEXT),
        ADVOCACY("advocacy", Type.TEXT),
        RECORD_TYPE("record_type", Type.TEXT),
        PROCEDURE("procedure_kind", Type.TEXT),
        RESPONDED("responded", Type.INT),
        WITHIN_TARGET("within_target", Type.INT),
        QUOTABLE("quotable", Type.INT),
        DECISION("decision", Type.TEXT),
        FAULT_FOUND("fault_found", Type.INT),
        REMEDY_TYPE("remedy_type", Type.TEXT),
        PAYMENT("payment", Type.INT),
        COST_KIND("cost_kind", Type.TEXT),
        ADR_KIND("adr_kind", Type.TEXT),
        DUE("due", Type.TEXT),
        THEME("theme", Type.TEXT),
        ORIGIN("origin", Type.TEXT),
        LATE("late", Type.INT),
        PROGRESS("progress", Type.TEXT),
        OVERDUE("overdue", Type.INT),
        COMPLIANCE("compliance", Type.TEXT),
        REMEDY_KIND("remedy_kind", Type.TEXT);

        private final String column;
        private final Type type;

        Dim(String column, Type type) {
            this.column = column;
            this.type = type;
        }

        String column() {
            return column;
        }

        /** A value as a drill-down address gives it, typed for binding to the column. */
        Object parse(String text) {
            return switch (type) {
                case INT -> Integer.valueOf(text);
                case LONG -> Long.valueOf(text);
                case TEXT -> text;
            };
        }

        static Optional<Dim> byColumn(String column) {
            return Arrays.stream(values()).filter(d -> d.column.equals(column)).findFirst();
        }

        enum Type { INT, LONG, TEXT }
    }

    /** The timescales the stage figures measure against, by stage (index 0 is Stage 1). */
    static final class Timescales {

        static final int[] TARGET_DAYS = {
            StatutoryTimescales.STAGE_1.target().count(),
            StatutoryTimescales.STAGE_2.target().count(),
            StatutoryTimescales.STAGE_3_AUTHORITY_RESPONSE.target().count()};

        /** Stage 3's answer cannot be extended. */
        static final int[] EXTENDED_DAYS = {
            StatutoryTimescales.STAGE_1.extendedTo().orElseThrow().count(),
            StatutoryTimescales.STAGE_2.extendedTo().orElseThrow().count(),
            StatutoryTimescales.STAGE_3_AUTHORITY_RESPONSE.target().count()};

        private Timescales() {
        }
    }

    /** SQL shared by several row sources. */
    static final class Sql {

        /** Only complaints under the statutory or corporate procedure count as stage complaints. */
        static final String STAGE_COMPLAINT = "s.record_type = 'COMPLAINT' AND s.procedure_kind IN ('STATUTORY', 'CORPORATE')";

        /** The census's main ethnic group of a child's recorded code; words that are no code are a group of their own. */
        static final String ETHNIC_GROUP = "CASE " + groupCases()
                + " WHEN c.child_ethnicity_code IS NULL AND c.child_ethnicity_text IS NOT NULL THEN '"
                + Ethnicity.Group.NOT_CATEGORISED.name() + "' END";

        /** Age bands as children's services count them: under 5, 5 to 9, 10 to 15, 16 and 17, and care leavers over 18. */
        static final String AGE_BAND = """
                CASE WHEN c.child_age IS NULL THEN NULL
                     WHEN c.child_age < 5 THEN 'UNDER_5'
                     WHEN c.child_age < 10 THEN 'FROM_5_TO_9'
                     WHEN c.child_age < 16 THEN 'FROM_10_TO_15'
                     WHEN c.child_age < 18 THEN 'FROM_16_TO_17'
                     ELSE 'FROM_18' END""";

        /** The record a stage is of, as the row sources list it. */
        static final String STAGE_RECORD = "s.reference, 'case' AS record_kind, s.received_on, s.service_area_id, s.team_id";

        /** The record of a case's remedy, cost, session or action, as the row sources list it. */
        static final String CASE_RECORD = "c.reference, 'case' AS record_kind, c.received_on, c.service_area_id, c.team_id";


        /** How long a stage's answer took: within the target, within the extended time, over it, or not measurable. */
        static final String BAND = """
                CASE WHEN clock.working_day_no IS NULL OR clock.working_day_no + (%1$s) > CAST(:known_last_no AS INTEGER) THEN 'UNMEASURED'
                     WHEN %2$s THEN 'WITHIN_TARGET'
                     WHEN clock.working_day_no + (%3$s) > CAST(:known_last_no AS INTEGER) THEN 'UNMEASURED'
                     WHEN %4$s THEN 'WITHIN_EXTENDED'
                     ELSE 'OVER_EXTENDED' END""".formatted(byStage(Timescales.TARGET_DAYS),
                onOrBeforeDue("s.responded_on", "answered", "clock", byStage(Timescales.TARGET_DAYS)),
                byStage(Timescales.EXTENDED_DAYS),
                onOrBeforeDue("s.responded_on", "answered", "clock", byStage(Timescales.EXTENDED_DAYS)));

        private Sql() {
        }

        /** The joins that find the record (a case, or feedback) a learning view's row names by its reference. */
        static String recordOf(String alias) {
            return ("LEFT JOIN casework_case_view c ON c.reference = %1$s.reference"
                    + " LEFT JOIN feedback_view f ON f.reference = %1$s.reference").formatted(alias);
        }

        /** The record of a learning view's row, as the row sources list it, with the service area and team it counts under. */
        static String learningRecord(String alias, String serviceArea, String team) {
            return ("%1$s.reference, CASE WHEN f.reference IS NOT NULL THEN 'feedback' ELSE 'case' END AS record_kind, "
                    + "COALESCE(c.received_on, f.received_on) AS received_on, %2$s AS service_area_id, %3$s AS team_id")
                    .formatted(alias, serviceArea, team);
        }

        /**
         * True when {@code day} (whose calendar day is joined as {@code dayCalendar}) is on or before the working day
         * {@code n} working days after the day joined as {@code startCalendar}; null when that due day is beyond the
         * calendar. The working days before a day are its number less one if it is itself a working day, and a day is
         * on or before the due day exactly when fewer working days than the due day's number come before it. A day
         * outside the calendar is before the due day if before the calendar's first day, after it otherwise.
         *
         * <p>The calendar's first day and the number of its last working day are parameters ({@code :known_first_day},
         * {@code :known_last_no}), read once per query by {@code MeasureQueries}: joined to the rows as a subquery, they
         * kept PostgreSQL from building the hash of the stages' complaints in parallel (docs/benchmarks.md).
         */
        static String onOrBeforeDue(String day, String dayCalendar, String startCalendar, Object n) {
            return ("(%2$s.working_day_no + (%4$s) <= CAST(:known_last_no AS INTEGER) AND CASE WHEN %1$s.working_day_no IS NULL "
                    + "THEN %3$s < CAST(:known_first_day AS DATE) ELSE %1$s.working_day_no - CASE WHEN %1$s.is_working THEN 1 ELSE 0 END "
                    + "< %2$s.working_day_no + (%4$s) END)").formatted(dayCalendar, startCalendar, day, n);
        }

        /** 1 when the condition holds, 0 when it does not or is unknown. */
        static String flag(String condition) {
            return "CASE WHEN " + condition + " THEN 1 ELSE 0 END";
        }

        /** A value for each stage: {@code CASE s.stage WHEN 1 THEN a WHEN 2 THEN b ELSE c END}. */
        static String byStage(int[] values) {
            return "CASE s.stage WHEN 1 THEN " + values[0] + " WHEN 2 THEN " + values[1] + " ELSE " + values[2] + " END";
        }

        private static String groupCases() {
            StringBuilder sql = new StringBuilder();
            for (Ethnicity.Group group : Ethnicity.Group.values()) {
                String codes = Arrays.stream(Ethnicity.Code.values()).filter(code -> code.group() == group)
                        .map(code -> "'" + code.name() + "'").collect(Collectors.joining(", "));
                if (!codes.isEmpty()) {
                    sql.append(" WHEN c.child_ethnicity_code IN (").append(codes).append(") THEN '")
                            .append(group.name()).append('\'');
                }
            }
            return sql.toString();
        }
    }
}
