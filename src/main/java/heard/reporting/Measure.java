package heard.reporting;

import java.util.Arrays;
import java.util.List;
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
 * <p>Timeliness follows {@code WorkingDayCalendar}: the due date N working days after a start is the
 * working day numbered the start's number plus N ({@code calendar_day}), and an answer on or before it is
 * within N days. A due date beyond the years Heard's calendar knows leaves a response unmeasured.
 */
enum Measure {

    /** Stage N began in the period: Stage 1 on receipt, Stages 2 and 3 on request. */
    STAGE_RECEIVED("stage-received", """
            SELECT s.reference, 'case' AS record_kind, s.received_on, s.service_area_id, s.team_id,
                   s.requested_on AS counted_on, CAST(NULL AS DECIMAL(12, 2)) AS amount, s.stage
            FROM casework_stage_view s
            WHERE %s""".formatted(Sql.STAGE_COMPLAINT),
            Dim.STAGE, Dim.SERVICE_AREA, Dim.TEAM),

    /** Stage N's outcome was reached in the period: answered, withdrawn, or escalated without an answer. */
    STAGE_DECIDED("stage-decided", """
            SELECT s.reference, 'case' AS record_kind, s.received_on, s.service_area_id, s.team_id,
                   s.decided_on AS counted_on, CAST(NULL AS DECIMAL(12, 2)) AS amount, s.stage, s.outcome
            FROM casework_stage_view s
            WHERE %s AND s.outcome IS NOT NULL""".formatted(Sql.STAGE_COMPLAINT),
            Dim.STAGE, Dim.SERVICE_AREA, Dim.TEAM, Dim.OUTCOME),

    /**
     * Stage N's response was sent in the period (a withdrawal or an escalation is not a response), with
     * how long it took against the statutory timescale from the stage's clock (the case log spec's): Stage 1
     * 10 working days from receipt (20 extended), Stage 2 25 from the agreed statement (65 extended), Stage 3
     * the council's answer 15 from the panel's report (the panel and its report are timed in STAGE3_PANELS).
     */
    STAGE_RESPONSES("stage-responses", """
            SELECT x.*, CASE WHEN x.band = 'WITHIN_TARGET' OR (x.extended = 1 AND x.band = 'WITHIN_EXTENDED')
                             THEN 1 ELSE 0 END AS on_time
            FROM (SELECT s.reference, 'case' AS record_kind, s.received_on, s.service_area_id, s.team_id,
                         s.responded_on AS counted_on, CAST(NULL AS DECIMAL(12, 2)) AS amount, s.stage,
                         CASE WHEN s.extended THEN 1 ELSE 0 END AS extended,
                         CASE WHEN target_due."day" IS NULL THEN 'UNMEASURED'
                              WHEN s.responded_on <= target_due."day" THEN 'WITHIN_TARGET'
                              WHEN extended_due."day" IS NULL THEN 'UNMEASURED'
                              WHEN s.responded_on <= extended_due."day" THEN 'WITHIN_EXTENDED'
                              ELSE 'OVER_EXTENDED' END AS band
                  FROM casework_stage_view s
                  LEFT JOIN calendar_day clock ON clock."day" = s.clock_start_on
                  LEFT JOIN calendar_day target_due
                         ON target_due.working_day_no = clock.working_day_no + %s AND target_due.is_working
                  LEFT JOIN calendar_day extended_due
                         ON extended_due.working_day_no = clock.working_day_no + %s AND extended_due.is_working
                  WHERE %s AND s.responded_on IS NOT NULL
                    AND (s.outcome IS NULL OR s.outcome NOT IN ('WITHDRAWN', 'ESCALATED_WITHOUT_RESPONSE'))) x"""
            .formatted(Sql.byStage(Timescales.TARGET_DAYS), Sql.byStage(Timescales.EXTENDED_DAYS), Sql.STAGE_COMPLAINT),
            Dim.STAGE, Dim.SERVICE_AREA, Dim.TEAM, Dim.BAND, Dim.EXTENDED, Dim.ON_TIME),

    /** Stage 3 review panels held in the period, and whether each step kept to its timescale. */
    STAGE3_PANELS("stage3-panels", """
            SELECT s.reference, 'case' AS record_kind, s.received_on, s.service_area_id, s.team_id,
                   s.panel_on AS counted_on, CAST(NULL AS DECIMAL(12, 2)) AS amount,
                   CASE WHEN s.panel_on <= panel_due."day" THEN 1 ELSE 0 END AS held_within_30,
                   CASE WHEN s.panel_report_on <= report_due."day" THEN 1 ELSE 0 END AS report_within_5,
                   CASE WHEN s.responded_on <= response_due."day" THEN 1 ELSE 0 END AS response_within_15
            FROM casework_stage_view s
            LEFT JOIN calendar_day requested ON requested."day" = s.requested_on
            LEFT JOIN calendar_day panel_due ON panel_due.working_day_no = requested.working_day_no + %d AND panel_due.is_working
            LEFT JOIN calendar_day panel ON panel."day" = s.panel_on
            LEFT JOIN calendar_day report_due ON report_due.working_day_no = panel.working_day_no + %d AND report_due.is_working
            LEFT JOIN calendar_day report ON report."day" = s.panel_report_on
            LEFT JOIN calendar_day response_due ON response_due.working_day_no = report.working_day_no + %d
                                               AND response_due.is_working
            WHERE %s AND s.stage = 3 AND s.panel_on IS NOT NULL""".formatted(
            StatutoryTimescales.STAGE_3_PANEL.target().count(), StatutoryTimescales.STAGE_3_PANEL_REPORT.target().count(),
            StatutoryTimescales.STAGE_3_AUTHORITY_RESPONSE.target().count(), Sql.STAGE_COMPLAINT),
            Dim.HELD_WITHIN_30, Dim.REPORT_WITHIN_5, Dim.RESPONSE_WITHIN_15),

    /** Each issue of each Stage 1 complaint received in the period. */
    ISSUES_RECEIVED("issues-received", """
            SELECT s.reference, 'case' AS record_kind, s.received_on, s.service_area_id, s.team_id,
                   s.requested_on AS counted_on, CAST(NULL AS DECIMAL(12, 2)) AS amount, i.issue_category_id AS issue
            FROM casework_stage_view s
            JOIN casework_issue_view i ON i.case_id = s.case_id
            WHERE %s AND s.stage = 1""".formatted(Sql.STAGE_COMPLAINT),
            Dim.ISSUE),

    /** Each issue of each Stage 1 complaint decided in the period, and whether it was upheld in whole or part. */
    ISSUES_DECIDED("issues-decided", """
            SELECT s.reference, 'case' AS record_kind, s.received_on, s.service_area_id, s.team_id,
                   s.decided_on AS counted_on, CAST(NULL AS DECIMAL(12, 2)) AS amount, i.issue_category_id AS issue,
                   CASE WHEN s.outcome IN ('UPHELD', 'PARTIALLY_UPHELD') THEN 1 ELSE 0 END AS upheld_or_partly
            FROM casework_stage_view s
            JOIN casework_issue_view i ON i.case_id = s.case_id
            WHERE %s AND s.stage = 1 AND s.outcome IS NOT NULL""".formatted(Sql.STAGE_COMPLAINT),
            Dim.ISSUE, Dim.UPHELD_OR_PARTLY),

    /** Stage 1 complaints received in the period, with who made them, how, and about which child. */
    COMPLAINANTS("complainants", """
            SELECT s.reference, 'case' AS record_kind, s.received_on, s.service_area_id, s.team_id,
                   s.requested_on AS counted_on, CAST(NULL AS DECIMAL(12, 2)) AS amount,
                   c.complainant_role AS role, c.channel, c.child_sex AS sex, %s AS ethnic_group, %s AS age_band,
                   CASE WHEN c.child_disabled THEN 'YES' WHEN NOT c.child_disabled THEN 'NO' END AS disabled,
                   c.advocacy
            FROM casework_stage_view s
            JOIN casework_case_view c ON c.case_id = s.case_id
            WHERE %s AND s.stage = 1""".formatted(Sql.ETHNIC_GROUP, Sql.AGE_BAND, Sql.STAGE_COMPLAINT),
            Dim.ROLE, Dim.CHANNEL, Dim.SEX, Dim.ETHNIC_GROUP, Dim.AGE_BAND, Dim.DISABLED, Dim.ADVOCACY),

    /**
     * Every record received in the period, cases and feedback alike: representations, non-qualifying
     * complaints, compliments, comments and member enquiries are counted from here, and whether a
     * member enquiry was answered within its 5 working days.
     */
    RECORDS_RECEIVED("records-received", """
            SELECT c.reference, 'case' AS record_kind, c.received_on, c.service_area_id, c.team_id,
                   c.received_on AS counted_on, CAST(NULL AS DECIMAL(12, 2)) AS amount, c.record_type,
                   c.procedure_kind AS procedure_kind, 0 AS responded, 0 AS within_target, 0 AS quotable
            FROM casework_case_view c
            UNION ALL
            SELECT f.reference, 'feedback' AS record_kind, f.received_on, f.service_area_id, f.team_id,
                   f.received_on AS counted_on, CAST(NULL AS DECIMAL(12, 2)) AS amount, f.record_type,
                   CAST(NULL AS VARCHAR(20)) AS procedure_kind,
                   CASE WHEN f.responded_on IS NOT NULL THEN 1 ELSE 0 END AS responded,
                   CASE WHEN f.responded_on <= due."day" THEN 1 ELSE 0 END AS within_target,
                   CASE WHEN f.quotable THEN 1 ELSE 0 END AS quotable
            FROM feedback_view f
            LEFT JOIN calendar_day received ON received."day" = f.received_on
            LEFT JOIN calendar_day due ON due.working_day_no = received.working_day_no + %d AND due.is_working"""
            .formatted(StatutoryTimescales.MEMBER_ENQUIRY.target().count()),
            Dim.RECORD_TYPE, Dim.PROCEDURE, Dim.SERVICE_AREA, Dim.TEAM, Dim.RESPONDED, Dim.WITHIN_TARGET, Dim.QUOTABLE),

    /** Records the Ombudsman first raised with the council in the period. */
    OMBUDSMAN_REFERRED("ombudsman-referred", """
            SELECT o.reference, %s AS record_kind, %s, o.referred_on AS counted_on,
                   CAST(NULL AS DECIMAL(12, 2)) AS amount
            %s""".formatted(Sql.OMBUDSMAN_KIND, Sql.OMBUDSMAN_RECORD, Sql.OMBUDSMAN_FROM)),

    /** The Ombudsman's decisions made in the period. */
    OMBUDSMAN_DECIDED("ombudsman-decided", """
            SELECT o.reference, %s AS record_kind, %s, o.decided_on AS counted_on,
                   CAST(NULL AS DECIMAL(12, 2)) AS amount, o.decision,
                   CASE WHEN o.decision IN ('UPHELD_FAULT_NO_INJUSTICE', 'UPHELD_FAULT_AND_INJUSTICE') THEN 1 ELSE 0 END
                       AS fault_found
            %s
            WHERE o.decision IS NOT NULL""".formatted(Sql.OMBUDSMAN_KIND, Sql.OMBUDSMAN_RECORD, Sql.OMBUDSMAN_FROM),
            Dim.DECISION, Dim.FAULT_FOUND),

    /**
     * Remedies, counted on the day recorded: a remedy given in Heard on its own date, one imported from a
     * case log on the record's received date (casework records it so). A payment is a remedy with an amount.
     */
    REMEDIES("remedies", """
            SELECT c.reference, 'case' AS record_kind, c.received_on, c.service_area_id, c.team_id,
                   r.recorded_on AS counted_on, r.amount, r.remedy_type,
                   CASE WHEN r.amount IS NOT NULL THEN 1 ELSE 0 END AS payment
            FROM casework_remedy_view r
            JOIN casework_case_view c ON c.case_id = r.case_id""",
            Dim.REMEDY_TYPE, Dim.PAYMENT),

    /** Costs of handling complaints, counted as remedies are: on their own date, or an imported one on receipt. */
    COSTS("costs", """
            SELECT c.reference, 'case' AS record_kind, c.received_on, c.service_area_id, c.team_id,
                   k.incurred_on AS counted_on, k.amount, k.kind AS cost_kind
            FROM casework_cost_view k
            JOIN casework_case_view c ON c.case_id = k.case_id""",
            Dim.COST_KIND),

    /** Conciliation meetings and mediations held in the period, on the day each was held. */
    ADR_HELD("adr-held", """
            SELECT c.reference, 'case' AS record_kind, c.received_on, c.service_area_id, c.team_id,
                   a.held_on AS counted_on, CAST(NULL AS DECIMAL(12, 2)) AS amount, a.kind AS adr_kind
            FROM casework_adr_view a
            JOIN casework_case_view c ON c.case_id = a.case_id""",
            Dim.ADR_KIND),

    /**
     * Actions a stage's answer committed the council to, counted on the decided basis: the day that answer was
     * sent. Each action is a row, so a case whose answer holds two counts twice; {@code action_text} is the
     * action itself, for the staff version's list (not a dimension: free words are not grouped).
     */
    ACTIONS_COMMITTED("actions-committed", """
            SELECT c.reference, 'case' AS record_kind, c.received_on, c.service_area_id, c.team_id,
                   a.responded_on AS counted_on, CAST(NULL AS DECIMAL(12, 2)) AS amount, a.text AS action_text
            FROM casework_action_view a
            JOIN casework_case_view c ON c.case_id = a.case_id""",
            Dim.SERVICE_AREA, Dim.TEAM),

    /**
     * Cases open now, by the stage they are at and when their current deadline falls: overdue (before
     * today), due this week (today to Sunday), later, or none pending. Counted on the day received; the
     * dashboard takes every day.
     */
    OPEN_CASES("open-cases", """
            SELECT c.reference, 'case' AS record_kind, c.received_on, c.service_area_id, c.team_id,
                   c.received_on AS counted_on, CAST(NULL AS DECIMAL(12, 2)) AS amount, c.current_stage AS stage,
                   CASE WHEN c.current_due_on IS NULL THEN 'NONE'
                        WHEN c.current_due_on < :today THEN 'OVERDUE'
                        WHEN c.current_due_on <= :week_end THEN 'THIS_WEEK'
                        ELSE 'LATER' END AS due
            FROM casework_case_view c
            WHERE c.status = 'OPEN'""",
            Dim.STAGE, Dim.DUE);

    private final String slug;
    private final String rows;
    private final List<Dim> dims;

    Measure(String slug, String rows, Dim... dims) {
        this.slug = slug;
        this.rows = rows;
        this.dims = List.of(dims);
    }

    /** The measure's name in a drill-down address. */
    public String slug() {
        return slug;
    }

    /** The row source: one row for each thing counted. */
    String rows() {
        return rows;
    }

    List<Dim> dims() {
        return dims;
    }

    /** True when the row source needs {@code :today} and {@code :week_end} bound. */
    boolean needsToday() {
        return rows.contains(":today");
    }

    static Optional<Measure> bySlug(String slug) {
        return Arrays.stream(values()).filter(m -> m.slug.equals(slug)).findFirst();
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
        DUE("due", Type.TEXT);

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

        static final String OMBUDSMAN_KIND = "CASE WHEN c.case_id IS NOT NULL THEN 'case' ELSE 'feedback' END";

        static final String OMBUDSMAN_RECORD = """
                COALESCE(c.received_on, f.received_on) AS received_on,
                COALESCE(c.service_area_id, f.service_area_id) AS service_area_id,
                COALESCE(c.team_id, f.team_id) AS team_id""";

        static final String OMBUDSMAN_FROM = """
                FROM ombudsman_view o
                LEFT JOIN casework_case_view c ON c.reference = o.reference
                LEFT JOIN feedback_view f ON f.reference = o.reference""";

        private Sql() {
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
