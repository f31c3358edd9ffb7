package heard.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every figure of a period, with the names and meanings of {@code spec/report-figures.md} (version 1).
 * Every report Heard makes is drawn from one of these, and it is served as JSON so that anyone can
 * check the numbers behind a published report. Figures beyond the spec's sit beside its own; ids that
 * only the drill-down links need are left out of the JSON.
 *
 * <p>Counts are whole numbers; rates run from 0 to 1 unrounded, or are null where their denominator is 0.
 */
@JsonPropertyOrder({"period", "received", "stages", "stage3Panels", "escalation", "issues", "complainantRoles", "channels",
    "advocacy", "children", "ombudsman", "remedies", "costs", "adr", "actions", "compliments", "memberEnquiries", "quarters",
    "comparison", "learning", "ombudsmanRemedies"})
record Figures(Period period, Received received, Map<String, StageFigures> stages, Stage3Panels stage3Panels,
               Escalation escalation, List<IssueFigures> issues, List<RoleCount> complainantRoles,
               List<ChannelCount> channels, List<ValueCount> advocacy, Children children, OmbudsmanFigures ombudsman,
               Remedies remedies, Costs costs, Adr adr, Actions actions, Compliments compliments,
               MemberEnquiries memberEnquiries, List<Quarter> quarters, List<Comparison> comparison,
               Learning learning, OmbudsmanRemedies ombudsmanRemedies) {

    StageFigures stage(int number) {
        return stages.get(String.valueOf(number));
    }

    @JsonPropertyOrder({"start", "end", "label"})
    record Period(LocalDate start, LocalDate end, String label) {

        static Period of(ReportPeriod period) {
            return new Period(period.start(), period.end(), period.label());
        }

        ReportPeriod toReportPeriod() {
            return new ReportPeriod(start, end);
        }
    }

    @JsonPropertyOrder({"stage1", "stage2", "stage3", "representations", "compliments", "comments", "memberEnquiries",
        "nonQualifying", "ombudsman"})
    record Received(long stage1, long stage2, long stage3, long representations, long compliments, long comments,
                    long memberEnquiries, long nonQualifying, long ombudsman) {
    }

    @JsonPropertyOrder({"received", "decided", "outcomes", "byTeam", "timeliness"})
    record StageFigures(long received, long decided, Outcomes outcomes, List<TeamFigures> byTeam, Timeliness timeliness) {
    }

    @JsonPropertyOrder({"upheld", "partiallyUpheld", "notUpheld", "inconclusive", "withdrawn", "escalatedWithoutResponse"})
    record Outcomes(long upheld, long partiallyUpheld, long notUpheld, long inconclusive, long withdrawn,
                    long escalatedWithoutResponse) {

        /** Upheld in whole or in part. */
        long upheldOrPartly() {
            return upheld + partiallyUpheld;
        }
    }

    /** A stage's figures for one team; {@code team} is null for records with a service area but no team. */
    @JsonPropertyOrder({"serviceArea", "team", "received", "decided", "outcomes", "responses", "onTime"})
    record TeamFigures(String serviceArea, String team, long received, long decided, Outcomes outcomes, long responses,
                       long onTime, @JsonIgnore Long serviceAreaId, @JsonIgnore Long teamId) {
    }

    /**
     * Over the stage's responses sent in the period. {@code unmeasured} responses have a due date beyond
     * the years Heard's calendar knows, so fall in none of the three bands.
     */
    @JsonPropertyOrder({"responses", "withinTarget", "withinExtended", "overExtended", "onTime", "targetDays",
        "extendedDays", "unmeasured", "onTimeRate"})
    record Timeliness(long responses, long withinTarget, long withinExtended, long overExtended, long onTime,
                      int targetDays, int extendedDays, long unmeasured, Double onTimeRate) {
    }

    @JsonPropertyOrder({"held", "heldWithin30", "reportWithin5", "responseWithin15"})
    record Stage3Panels(long held, long heldWithin30, long reportWithin5, long responseWithin15) {
    }

    @JsonPropertyOrder({"stage1to2", "stage2to3"})
    record Escalation(Double stage1to2, Double stage2to3) {
    }

    @JsonPropertyOrder({"issue", "received", "decided", "upheldOrPartly"})
    record IssueFigures(String issue, long received, long decided, long upheldOrPartly, @JsonIgnore long id) {
    }

    @JsonPropertyOrder({"role", "count"})
    record RoleCount(String role, long count) {
    }

    @JsonPropertyOrder({"channel", "count"})
    record ChannelCount(String channel, long count) {
    }

    @JsonPropertyOrder({"value", "count"})
    record ValueCount(String value, long count) {
    }

    /** {@code key} is the dimension's value in the database (an ethnic group's or an age band's name). */
    @JsonPropertyOrder({"group", "count"})
    record GroupCount(String group, long count, @JsonIgnore String key) {
    }

    @JsonPropertyOrder({"band", "count"})
    record BandCount(String band, long count, @JsonIgnore String key) {
    }

    @JsonPropertyOrder({"sex", "ethnicity", "ageBands", "disabled"})
    record Children(List<ValueCount> sex, List<GroupCount> ethnicity, List<BandCount> ageBands, List<ValueCount> disabled) {
    }

    @JsonPropertyOrder({"referred", "decided", "decisions", "faultFound"})
    record OmbudsmanFigures(long referred, long decided, List<DecisionCount> decisions, long faultFound) {
    }

    @JsonPropertyOrder({"decision", "count"})
    record DecisionCount(String decision, long count) {
    }

    @JsonPropertyOrder({"payments", "paymentsTotal", "byType"})
    record Remedies(long payments, BigDecimal paymentsTotal, List<ValueCount> byType) {
    }

    /** {@code remedyPayments} is {@code remedies.paymentsTotal}: payments to complainants, beside the costs of handling. */
    @JsonPropertyOrder({"investigatingOfficer", "independentPerson", "reviewPanel", "mediation", "remedyPayments", "total"})
    record Costs(BigDecimal investigatingOfficer, BigDecimal independentPerson, BigDecimal reviewPanel, BigDecimal mediation,
                 BigDecimal remedyPayments, BigDecimal total) {
    }

    /**
     * Conciliation meetings and mediations held in the period. Not by result: casework records a session's result in
     * free words, which name no category to count and may name people.
     */
    @JsonPropertyOrder({"held", "byKind"})
    record Adr(long held, List<KindCount> byKind) {
    }

    @JsonPropertyOrder({"kind", "count"})
    record KindCount(String kind, long count) {
    }

    /** Actions committed in the stage answers sent in the period, by the service area and team of their case. */
    @JsonPropertyOrder({"committed", "byTeam"})
    record Actions(long committed, List<TeamCount> byTeam) {
    }

    /**
     * The learning register: lessons recorded in the period, by theme, and its actions. Null in figures from before
     * the register (another council's file, say).
     */
    @JsonPropertyOrder({"lessons", "lessonsByTheme", "actions"})
    record Learning(long lessons, List<ThemeCount> lessonsByTheme, RegisterActions actions) {
    }

    @JsonPropertyOrder({"theme", "count"})
    record ThemeCount(String theme, long count) {
    }

    /**
     * The register's actions: {@code committed} agreed in the period, {@code completed} done in it ({@code completedLate}
     * after their due date), {@code dropped} dropped in it; {@code due} due in it (dropped ones aside), of which
     * {@code overdue} were not done by their due date (done late, or still open with the date passed).
     */
    @JsonPropertyOrder({"committed", "completed", "completedLate", "dropped", "due", "overdue"})
    record RegisterActions(long committed, long completed, long completedLate, long dropped, long due, long overdue) {
    }

    /**
     * The remedies the Ombudsman asked for that were due in the period, as the Ombudsman counts compliance:
     * {@code compliedOnTime} by the due date, {@code compliedLate} after it, {@code notYetComplied} not yet;
     * {@code complianceRate} the complied of the due, {@code lateRate} the late of the complied.
     */
    @JsonPropertyOrder({"due", "compliedOnTime", "compliedLate", "notYetComplied", "complianceRate", "lateRate", "byKind",
        "paymentsTotal"})
    record OmbudsmanRemedies(long due, long compliedOnTime, long compliedLate, long notYetComplied, Double complianceRate,
                             Double lateRate, List<KindCount> byKind, BigDecimal paymentsTotal) {
    }

    @JsonPropertyOrder({"byTeam", "quotable"})
    record Compliments(List<TeamCount> byTeam, long quotable) {
    }

    @JsonPropertyOrder({"serviceArea", "team", "count"})
    record TeamCount(String serviceArea, String team, long count, @JsonIgnore Long serviceAreaId, @JsonIgnore Long teamId) {
    }

    @JsonPropertyOrder({"received", "responded", "withinTarget", "targetDays"})
    record MemberEnquiries(long received, long responded, long withinTarget, int targetDays) {
    }

    @JsonPropertyOrder({"label", "start", "end", "stage1Received", "stage2Received", "stage3Received", "stage1Responses",
        "stage1OnTime", "compliments"})
    record Quarter(String label, LocalDate start, LocalDate end, long stage1Received, long stage2Received,
                   long stage3Received, long stage1Responses, long stage1OnTime, long compliments) {
    }

    /**
     * An earlier year beside the period: from Heard's records, or from the totals a complaints manager
     * entered for a year before Heard held records ({@code source} {@code records} or {@code historical}).
     * Historical totals carry only what was entered; the rest is null ({@code adrHeld} and {@code actionsCommitted}
     * always, as historical totals have no place for them).
     */
    @JsonPropertyOrder({"label", "period", "source", "received", "escalation", "stages", "adrHeld", "actionsCommitted"})
    record Comparison(String label, Period period, String source, ComparisonReceived received, Escalation escalation,
                      Map<String, ComparisonStage> stages, Long adrHeld, Long actionsCommitted) {

        ComparisonStage stage(int number) {
            return stages.get(String.valueOf(number));
        }
    }

    @JsonPropertyOrder({"stage1", "stage2", "stage3", "representations", "compliments", "comments", "memberEnquiries",
        "nonQualifying", "ombudsman"})
    record ComparisonReceived(Long stage1, Long stage2, Long stage3, Long representations, Long compliments, Long comments,
                              Long memberEnquiries, Long nonQualifying, Long ombudsman) {
    }

    @JsonPropertyOrder({"decided", "upheldOrPartly", "responses", "onTime"})
    record ComparisonStage(Long decided, Long upheldOrPartly, Long responses, Long onTime) {
    }

    /**
     * Figures as JSON gives them (Heard's own, or another council's): the ids the JSON leaves out are missing.
     *
     * @throws IllegalArgumentException when the JSON is not a figures object
     */
    static Figures read(JsonMapper json, byte[] content) {
        Figures figures = json.readerFor(Figures.class).without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .readValue(content);
        if (figures.period() == null || figures.received() == null || figures.stages() == null
                || figures.stages().size() != 3 || figures.quarters() == null || figures.comparison() == null) {
            throw new IllegalArgumentException("Not a figures object");
        }
        return figures;
    }

    static Double rate(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
