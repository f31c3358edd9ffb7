package heard.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import heard.casework.RestrictedCases;
import heard.organisation.Organisation;
import heard.reporting.Measure.Dim;
import heard.reporting.MeasureQueries.Row;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records behind a figure: the rows of the figure's measure in its period with its dimension values,
 * named and described for a person to check.
 */
@Service
@Transactional(readOnly = true)
class DrillDown {

    /** A dimension's value in an address that asks for rows where it is null (a record with no team, say). */
    static final String NONE = "none";

    /** Where the words for a dimension's values are, as the reports name them. */
    private static final Map<Dim, String> LABELS = Map.ofEntries(Map.entry(Dim.OUTCOME, "report.outcome."),
            Map.entry(Dim.BAND, "report.band."), Map.entry(Dim.ROLE, "report.role."),
            Map.entry(Dim.CHANNEL, "report.channel."), Map.entry(Dim.SEX, "report.sex."),
            Map.entry(Dim.ETHNIC_GROUP, "report.ethnicGroup."), Map.entry(Dim.AGE_BAND, "report.ageBand."),
            Map.entry(Dim.DISABLED, "report.disabled."), Map.entry(Dim.ADVOCACY, "report.advocacy."),
            Map.entry(Dim.RECORD_TYPE, "report.recordType."), Map.entry(Dim.PROCEDURE, "report.procedure."),
            Map.entry(Dim.DECISION, "report.decision."), Map.entry(Dim.REMEDY_TYPE, "report.remedy."),
            Map.entry(Dim.COST_KIND, "report.cost."), Map.entry(Dim.DUE, "report.due."),
            Map.entry(Dim.ADR_KIND, "report.adrKind."), Map.entry(Dim.ORIGIN, "report.actionOrigin."),
            Map.entry(Dim.PROGRESS, "report.progress."), Map.entry(Dim.COMPLIANCE, "report.compliance."),
            Map.entry(Dim.REMEDY_KIND, "report.remedyKind."));

    private final MeasureQueries queries;
    private final Organisation organisation;
    private final RestrictedCases restrictedCases;
    private final MessageSource messages;

    DrillDown(MeasureQueries queries, Organisation organisation, RestrictedCases restrictedCases, MessageSource messages) {
        this.queries = queries;
        this.restrictedCases = restrictedCases;
        this.organisation = organisation;
        this.messages = messages;
    }

    /**
     * What a drill-down lists: which figure, described, and its records.
     *
     * @param withheld records the figure counts that are not listed: restricted cases the person may not see
     * @param total    the amounts of every record the figure counts, those withheld included, as the figure does
     */
    record Listing(Measure measure, ReportPeriod period, String title, List<String> conditions, List<Line> lines,
                   int withheld, BigDecimal total) {

        /** How many records the figure counts (public: templates call it). */
        public int counted() {
            return lines.size() + withheld;
        }

        /** Whether the records carry amounts of money (public: templates call it). */
        public boolean hasAmounts() {
            return total != null;
        }

        /** The amounts added up, in pounds (public: templates call it). */
        public String totalText() {
            return total == null ? "" : Numbers.money(total);
        }
    }

    /** A record as the drill-down lists it. */
    record Line(String reference, boolean isCase, String received, String serviceArea, String team, String countedOn,
                String amount) {
    }

    /**
     * @param filters dimension values by column name, as a drill-down address gives them
     * @throws IllegalArgumentException for a dimension the measure does not have, or a value of the wrong kind
     */
    Listing list(Measure measure, ReportPeriod period, Map<String, String> filters) {
        Map<Dim, Optional<String>> dims = new EnumMap<>(Dim.class);
        filters.forEach((column, value) -> {
            Dim dim = Dim.byColumn(column).filter(measure.dims()::contains)
                    .orElseThrow(() -> new IllegalArgumentException("No dimension " + column + " in " + measure));
            Optional<String> wanted = NONE.equals(value) ? Optional.empty() : Optional.of(value);
            wanted.ifPresent(dim::parse);
            dims.put(dim, wanted);
        });
        OrganisationNames names = new OrganisationNames(organisation, period.end());
        List<Row> rows = queries.rows(measure, period, dims);
        List<Line> lines = new ArrayList<>();
        BigDecimal total = rows.stream().anyMatch(r -> r.amount() != null) || measure == Measure.COSTS
                || measure == Measure.REMEDIES ? BigDecimal.ZERO.setScale(2) : null;
        // A restricted case is counted but listed only for those who may see it (each listing of it audited).
        Set<String> hidden = restrictedCases.hiddenAmong(rows.stream().map(Row::reference).toList(),
                "the records behind the figure \"" + msg("drilldown.measure." + measure.slug()) + "\" for " + period.label());
        int withheld = 0;
        for (Row row : rows) {
            if (total != null && row.amount() != null) {
                total = total.add(row.amount());
            }
            if (hidden.contains(row.reference())) {
                withheld++;
                continue;
            }
            lines.add(new Line(row.reference(), row.isCase(), day(row.receivedOn()), names.area(row.serviceAreaId()),
                    names.team(row.teamId()), day(row.countedOn()),
                    row.amount() == null ? null : Numbers.money(row.amount())));
        }
        List<String> conditions = new ArrayList<>();
        dims.forEach((dim, value) -> conditions.add(msg("drilldown.dim." + dim.column()) + ": "
                + value.map(v -> valueLabel(dim, v, names)).orElseGet(() -> msg("drilldown.none"))));
        return new Listing(measure, period, msg("drilldown.measure." + measure.slug()), conditions, lines, withheld, total);
    }

    private String valueLabel(Dim dim, String value, OrganisationNames names) {
        return switch (dim) {
            case SERVICE_AREA -> names.area(Long.valueOf(value));
            case TEAM -> names.team(Long.valueOf(value));
            case ISSUE -> names.issue(Long.parseLong(value));
            case STAGE -> msg("report.stage", value);
            case EXTENDED, ON_TIME, HELD_WITHIN_30, REPORT_WITHIN_5, RESPONSE_WITHIN_15, UPHELD_OR_PARTLY, RESPONDED,
                 WITHIN_TARGET, QUOTABLE, FAULT_FOUND, PAYMENT, LATE, OVERDUE -> msg("1".equals(value) ? "form.yes" : "form.no");
            default -> messages.getMessage(LABELS.getOrDefault(dim, "") + value, null, value, Locale.UK);
        };
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }

    private static String day(java.time.LocalDate date) {
        return date == null ? "" : date.format(heard.web.FormProblems.GOVUK_DATE);
    }
}
