package heard.reporting;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import heard.casework.CostKind;
import heard.casework.RestrictedCases;
import heard.casework.Outcome;
import heard.organisation.Organisation;
import heard.reporting.Figures.Comparison;
import heard.reporting.Figures.StageFigures;
import heard.reporting.Figures.TeamFigures;
import heard.reporting.Figures.Timeliness;
import heard.reporting.Measure.Dim;
import heard.reporting.ReportDocument.Bar;
import heard.reporting.ReportDocument.Block;
import heard.reporting.ReportDocument.Cell;
import heard.reporting.ReportDocument.Chart;
import heard.reporting.ReportDocument.Inline;
import heard.reporting.ReportDocument.Narrative;
import heard.reporting.ReportDocument.Paragraph;
import heard.reporting.ReportDocument.Quotation;
import heard.reporting.ReportDocument.Section;
import heard.reporting.ReportDocument.Table;
import heard.reporting.ReportDocument.Text;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Writes a report's {@link ReportDocument} from the period's {@link Figures}, the manager's words and the
 * council's settings. Every number comes from the figures; each count of records carries the address of
 * its drill-down, built from the same measure and dimension values that counted it.
 */
@Component
class ReportBuilder {

    /** Sentences hold a number as a marker while the message is formatted, then are cut around the markers. */
    private static final Pattern MARKER = Pattern.compile("\u0001(\\d+)\u0002");

    private static final java.time.format.DateTimeFormatter SHORT_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final ReportFigures reportFigures;
    private final Narratives narratives;
    private final ReportingSettings settings;
    private final Organisation organisation;
    private final MeasureQueries queries;
    private final RestrictedCases restrictedCases;
    private final MessageSource messages;

    ReportBuilder(ReportFigures reportFigures, Narratives narratives, ReportingSettings settings, Organisation organisation,
                  MeasureQueries queries, RestrictedCases restrictedCases, MessageSource messages) {
        this.restrictedCases = restrictedCases;
        this.reportFigures = reportFigures;
        this.narratives = narratives;
        this.settings = settings;
        this.organisation = organisation;
        this.queries = queries;
        this.messages = messages;
    }

    /**
     * @param publicVersion the version to publish: small numbers suppressed when the council's setting asks
     * @param linked        counts link to their drill-downs (the staff page)
     */
    ReportDocument build(ReportKind kind, ReportPeriod period, boolean publicVersion, boolean linked) {
        return build(kind, period, reportFigures.compute(period), publicVersion, linked);
    }

    /** The report written from figures computed already, so that the forms of one request share one computation. */
    ReportDocument build(ReportKind kind, ReportPeriod period, Figures figures, boolean publicVersion, boolean linked) {
        ReportingSettings.Values values = settings.current();
        boolean suppressed = publicVersion && values.suppressSmallNumbers();
        Writer writer = new Writer(figures, period, narratives.of(period), values.onTimeTargetPercent(),
                new Numbers(suppressed, linked && !publicVersion, msg("report.suppressed")), kind, publicVersion);
        List<Section> sections = kind.sections().stream().map(writer::section).toList();
        return new ReportDocument(msg("report.title." + kind.slug(), period.label()), organisation.councilName(), period,
                kind, publicVersion, suppressed, sections);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }

    /** Writes the sections of one report. */
    private final class Writer {

        private final Figures f;
        private final ReportPeriod period;
        private final Narratives.Narrative narrative;
        private final int target;
        private final Numbers n;
        private final ReportKind kind;
        private final boolean publicVersion;

        Writer(Figures figures, ReportPeriod period, Narratives.Narrative narrative, int target, Numbers numbers,
               ReportKind kind, boolean publicVersion) {
            this.f = figures;
            this.period = period;
            this.narrative = narrative;
            this.target = target;
            this.n = numbers;
            this.kind = kind;
            this.publicVersion = publicVersion;
        }

        Section section(String id) {
            List<Block> blocks = switch (id) {
                case "introduction" -> introduction();
                case "summary" -> summary();
                case "volumes" -> volumes();
                case "stage1" -> stage(1);
                case "stage2" -> stage(2);
                case "stage3" -> stage(3);
                case "timeliness" -> timeliness();
                case "escalation" -> escalation();
                case "issues" -> issues();
                case "complainants" -> complainants();
                case "equalities" -> equalities();
                case "ombudsman" -> ombudsman();
                case "remedies" -> remedies();
                case "adr" -> adr();
                case "learning" -> learning();
                case "compliments" -> compliments();
                case "memberEnquiries" -> memberEnquiries();
                case "priorities" -> List.of(narrative("priorities", true));
                default -> throw new IllegalArgumentException("No report section " + id);
            };
            return new Section(id, msg("report.section." + id), blocks);
        }

        // ------------------------------------------------------------------ sections

        private List<Block> introduction() {
            List<Block> blocks = new ArrayList<>();
            blocks.add(text("report.intro.purpose", organisation.councilName(), period.label()));
            blocks.add(text("report.intro.law"));
            blocks.add(text("report.intro.stages"));
            blocks.add(text("report.intro.corporate"));
            blocks.add(text("report.intro.counting"));
            blocks.add(text("report.intro.workingDays"));
            if (n.suppressed()) {
                blocks.add(text("report.intro.suppressed", n.hidden()));
            }
            blocks.add(narrative("introduction", false));
            return blocks;
        }

        private List<Block> summary() {
            Figures.Received r = f.received();
            Timeliness t1 = f.stage(1).timeliness();
            List<Block> blocks = new ArrayList<>();
            blocks.add(sentence("report.summary.received", period.label(),
                    stageReceived(r.stage1(), 1, period), stageReceived(r.stage2(), 2, period),
                    stageReceived(r.stage3(), 3, period),
                    n.count(r.compliments(), Measure.RECORDS_RECEIVED, period, Dim.RECORD_TYPE, "COMPLIMENT"),
                    n.count(r.memberEnquiries(), Measure.RECORDS_RECEIVED, period, Dim.RECORD_TYPE, "MEMBER_ENQUIRY")));
            blocks.add(sentence("report.summary.onTime",
                    n.count(t1.onTime(), Measure.STAGE_RESPONSES, period, Dim.STAGE, 1, Dim.ON_TIME, 1),
                    n.count(t1.responses(), Measure.STAGE_RESPONSES, period, Dim.STAGE, 1),
                    n.percent(t1.onTime(), t1.responses()), target + "%"));
            if (!f.comparison().isEmpty()) {
                Comparison last = f.comparison().get(0);
                blocks.add(sentence("report.summary.lastYear", last.label(), comparisonCount(last, last.received().stage1(),
                        Measure.STAGE_RECEIVED, Dim.STAGE, 1)));
            }
            blocks.add(narrative("summary", false));
            return blocks;
        }

        private List<Block> volumes() {
            List<Block> blocks = new ArrayList<>();
            List<String> headers = new ArrayList<>(List.of(msg("report.column.record"), period.label()));
            f.comparison().forEach(c -> headers.add(c.label()));
            List<List<Cell>> rows = new ArrayList<>();
            Figures.Received r = f.received();
            rows.add(volumeRow("report.volume.stage1", r.stage1(), Figures.ComparisonReceived::stage1,
                    Measure.STAGE_RECEIVED, Dim.STAGE, 1));
            rows.add(volumeRow("report.volume.stage2", r.stage2(), Figures.ComparisonReceived::stage2,
                    Measure.STAGE_RECEIVED, Dim.STAGE, 2));
            rows.add(volumeRow("report.volume.stage3", r.stage3(), Figures.ComparisonReceived::stage3,
                    Measure.STAGE_RECEIVED, Dim.STAGE, 3));
            rows.add(volumeRow("report.volume.representations", r.representations(),
                    Figures.ComparisonReceived::representations, Measure.RECORDS_RECEIVED, Dim.RECORD_TYPE, "REPRESENTATION"));
            rows.add(volumeRow("report.volume.nonQualifying", r.nonQualifying(), Figures.ComparisonReceived::nonQualifying,
                    Measure.RECORDS_RECEIVED, Dim.RECORD_TYPE, "COMPLAINT", Dim.PROCEDURE, "NON_QUALIFYING"));
            rows.add(volumeRow("report.volume.compliments", r.compliments(), Figures.ComparisonReceived::compliments,
                    Measure.RECORDS_RECEIVED, Dim.RECORD_TYPE, "COMPLIMENT"));
            rows.add(volumeRow("report.volume.comments", r.comments(), Figures.ComparisonReceived::comments,
                    Measure.RECORDS_RECEIVED, Dim.RECORD_TYPE, "COMMENT"));
            rows.add(volumeRow("report.volume.memberEnquiries", r.memberEnquiries(),
                    Figures.ComparisonReceived::memberEnquiries, Measure.RECORDS_RECEIVED, Dim.RECORD_TYPE, "MEMBER_ENQUIRY"));
            rows.add(volumeRow("report.volume.ombudsman", r.ombudsman(), Figures.ComparisonReceived::ombudsman,
                    Measure.OMBUDSMAN_REFERRED));
            blocks.add(table("volumes", msg("report.table.volumes", period.label()), headers, rows));

            List<Bar> bars = new ArrayList<>();
            List<List<Cell>> chartRows = new ArrayList<>();
            bars.add(new Bar(period.label(), n.bar(r.stage1()), n.count(r.stage1())));
            chartRows.add(List.of(Cell.text(period.label()), stageReceived(r.stage1(), 1, period)));
            for (Comparison c : f.comparison()) {
                long value = c.received().stage1();
                bars.add(new Bar(c.label(), n.bar(value), n.count(value)));
                chartRows.add(List.of(Cell.text(c.label()), comparisonCount(c, value, Measure.STAGE_RECEIVED, Dim.STAGE, 1)));
            }
            blocks.add(chart("stage1-years", msg("report.chart.stage1Years"), bars, false,
                    List.of(msg("report.column.year"), msg("report.column.stage1Received")), chartRows));

            if (f.quarters().size() > 1) {
                List<List<Cell>> quarterRows = new ArrayList<>();
                for (Figures.Quarter q : f.quarters()) {
                    ReportPeriod qp = new ReportPeriod(q.start(), q.end());
                    quarterRows.add(List.of(Cell.text(msg("report.quarter", q.label(), qp.start().format(SHORT_DATE),
                                    qp.end().format(SHORT_DATE))),
                            stageReceived(q.stage1Received(), 1, qp), stageReceived(q.stage2Received(), 2, qp),
                            stageReceived(q.stage3Received(), 3, qp),
                            n.count(q.stage1OnTime(), Measure.STAGE_RESPONSES, qp, Dim.STAGE, 1, Dim.ON_TIME, 1),
                            n.count(q.compliments(), Measure.RECORDS_RECEIVED, qp, Dim.RECORD_TYPE, "COMPLIMENT")));
                }
                blocks.add(table("quarters", msg("report.table.quarters"), List.of(msg("report.column.quarter"),
                        msg("report.column.stage1Received"), msg("report.column.stage2Received"),
                        msg("report.column.stage3Received"), msg("report.column.stage1OnTime"),
                        msg("report.column.compliments")), quarterRows));
            }
            blocks.add(narrative("volumes", false));
            return blocks;
        }

        private List<Block> stage(int number) {
            StageFigures s = f.stage(number);
            List<Block> blocks = new ArrayList<>();
            blocks.add(sentence("report.stage.summary", stageReceived(s.received(), number, period),
                    n.count(s.decided(), Measure.STAGE_DECIDED, period, Dim.STAGE, number)));
            List<Bar> bars = new ArrayList<>();
            List<List<Cell>> rows = new ArrayList<>();
            Figures.Outcomes o = s.outcomes();
            long[] counts = {o.upheld(), o.partiallyUpheld(), o.notUpheld(), o.inconclusive(), o.withdrawn(),
                o.escalatedWithoutResponse()};
            Outcome[] outcomes = {Outcome.UPHELD, Outcome.PARTIALLY_UPHELD, Outcome.NOT_UPHELD, Outcome.INCONCLUSIVE,
                Outcome.WITHDRAWN, Outcome.ESCALATED_WITHOUT_RESPONSE};
            for (int i = 0; i < outcomes.length; i++) {
                if (number == 3 && outcomes[i] == Outcome.ESCALATED_WITHOUT_RESPONSE) {
                    continue;
                }
                String label = msg("report.outcome." + outcomes[i].name());
                bars.add(new Bar(label, n.bar(counts[i]), n.count(counts[i])));
                rows.add(List.of(Cell.text(label), n.count(counts[i], Measure.STAGE_DECIDED, period, Dim.STAGE, number,
                        Dim.OUTCOME, outcomes[i].name())));
            }
            blocks.add(chart("stage" + number + "-outcomes", msg("report.chart.outcomes", number), bars, false,
                    List.of(msg("report.column.outcome"), msg("report.column.complaints")), rows));

            List<List<Cell>> teamRows = new ArrayList<>();
            for (TeamFigures t : s.byTeam()) {
                Object[] team = {Dim.STAGE, number, Dim.SERVICE_AREA, t.serviceAreaId(), Dim.TEAM, t.teamId()};
                List<Cell> row = new ArrayList<>();
                row.add(Cell.text(areaName(t.serviceArea())));
                row.add(Cell.text(teamName(t.team())));
                row.add(n.count(t.received(), Measure.STAGE_RECEIVED, period, team));
                row.add(n.count(t.decided(), Measure.STAGE_DECIDED, period, team));
                row.add(n.count(t.outcomes().upheld(), Measure.STAGE_DECIDED, period, with(team, Dim.OUTCOME, "UPHELD")));
                row.add(n.count(t.outcomes().partiallyUpheld(), Measure.STAGE_DECIDED, period,
                        with(team, Dim.OUTCOME, "PARTIALLY_UPHELD")));
                row.add(n.count(t.outcomes().notUpheld(), Measure.STAGE_DECIDED, period,
                        with(team, Dim.OUTCOME, "NOT_UPHELD")));
                row.add(n.count(t.onTime(), Measure.STAGE_RESPONSES, period, with(team, Dim.ON_TIME, 1)));
                row.add(n.count(t.responses(), Measure.STAGE_RESPONSES, period, team));
                teamRows.add(row);
            }
            if (!teamRows.isEmpty()) {
                blocks.add(table("stage" + number + "-teams", msg("report.table.byTeam", number), List.of(
                        msg("report.column.serviceArea"), msg("report.column.team"), msg("report.column.received"),
                        msg("report.column.decided"), msg("report.column.upheld"), msg("report.column.partiallyUpheld"),
                        msg("report.column.notUpheld"), msg("report.column.onTime"),
                        msg("report.column.responses")), teamRows, 2));
            }
            if (number == 3) {
                Figures.Stage3Panels p = f.stage3Panels();
                blocks.add(table("stage3-panels", msg("report.table.panels"), List.of(msg("report.column.step"),
                        msg("report.column.panels")), List.of(
                        List.of(Cell.text(msg("report.panel.held")), n.count(p.held(), Measure.STAGE3_PANELS, period)),
                        List.of(Cell.text(msg("report.panel.heldWithin30")),
                                n.count(p.heldWithin30(), Measure.STAGE3_PANELS, period, Dim.HELD_WITHIN_30, 1)),
                        List.of(Cell.text(msg("report.panel.reportWithin5")),
                                n.count(p.reportWithin5(), Measure.STAGE3_PANELS, period, Dim.REPORT_WITHIN_5, 1)),
                        List.of(Cell.text(msg("report.panel.responseWithin15")),
                                n.count(p.responseWithin15(), Measure.STAGE3_PANELS, period, Dim.RESPONSE_WITHIN_15, 1)))));
            }
            if (number == 3 || (kind != ReportKind.ANNUAL && number == highestStage())) {
                blocks.add(narrative("stages", false));
            }
            return blocks;
        }

        private int highestStage() {
            return kind.sections().contains("stage2") ? 2 : 1;
        }

        private List<Block> timeliness() {
            List<Block> blocks = new ArrayList<>();
            blocks.add(text("report.timeliness.intro", target + "%"));
            List<List<Cell>> rows = new ArrayList<>();
            List<Bar> bars = new ArrayList<>();
            List<List<Cell>> chartRows = new ArrayList<>();
            for (int stage = 1; stage <= 3; stage++) {
                Timeliness t = f.stage(stage).timeliness();
                String label = msg("report.stage", stage);
                rows.add(List.of(Cell.text(label),
                        n.count(t.responses(), Measure.STAGE_RESPONSES, period, Dim.STAGE, stage),
                        n.count(t.withinTarget(), Measure.STAGE_RESPONSES, period, Dim.STAGE, stage, Dim.BAND, "WITHIN_TARGET"),
                        n.count(t.withinExtended(), Measure.STAGE_RESPONSES, period, Dim.STAGE, stage, Dim.BAND,
                                "WITHIN_EXTENDED"),
                        n.count(t.overExtended(), Measure.STAGE_RESPONSES, period, Dim.STAGE, stage, Dim.BAND,
                                "OVER_EXTENDED"),
                        n.count(t.onTime(), Measure.STAGE_RESPONSES, period, Dim.STAGE, stage, Dim.ON_TIME, 1),
                        n.rate(t.onTime(), t.responses())));
                double share = t.responses() == 0 || n.isSmall(t.onTime()) || n.isSmall(t.responses()) ? 0
                        : 100.0 * t.onTime() / t.responses();
                bars.add(new Bar(label, share, n.percent(t.onTime(), t.responses())));
                chartRows.add(List.of(Cell.text(label), n.rate(t.onTime(), t.responses())));
            }
            blocks.add(table("timeliness", msg("report.table.timeliness"), List.of(msg("report.column.stage"),
                    msg("report.column.responses"), msg("report.column.withinTarget"),
                    msg("report.column.withinExtended"), msg("report.column.overExtended"), msg("report.column.onTime"),
                    msg("report.column.onTimeRate")), rows));
            blocks.add(text("report.timeliness.days"));
            blocks.add(chart("timeliness-chart", msg("report.chart.onTime", target + "%"), bars, true,
                    List.of(msg("report.column.stage"), msg("report.column.onTimeRate")), chartRows));
            if (!f.comparison().isEmpty()) {
                List<String> headers = new ArrayList<>(List.of(msg("report.column.stage"), period.label()));
                f.comparison().forEach(c -> headers.add(c.label()));
                List<List<Cell>> years = new ArrayList<>();
                for (int stage = 1; stage <= 2; stage++) {
                    Timeliness t = f.stage(stage).timeliness();
                    List<Cell> row = new ArrayList<>(List.of(Cell.text(msg("report.stage", stage)),
                            n.rate(t.onTime(), t.responses())));
                    for (Comparison c : f.comparison()) {
                        Figures.ComparisonStage cs = c.stage(stage);
                        row.add(cs.onTime() == null || cs.responses() == null ? n.plain(null)
                                : n.rate(cs.onTime(), cs.responses()));
                    }
                    years.add(row);
                }
                blocks.add(table("timeliness-years", msg("report.table.timelinessYears"), headers, years));
            }
            blocks.add(narrative("timeliness", false));
            return blocks;
        }

        private List<Block> escalation() {
            List<String> headers = new ArrayList<>(List.of(msg("report.column.escalation"), period.label()));
            f.comparison().forEach(c -> headers.add(c.label()));
            List<Cell> toTwo = new ArrayList<>(List.of(Cell.text(msg("report.escalation.stage1to2")),
                    n.rate(f.received().stage2(), f.received().stage1())));
            List<Cell> toThree = new ArrayList<>(List.of(Cell.text(msg("report.escalation.stage2to3")),
                    n.rate(f.received().stage3(), f.received().stage2())));
            for (Comparison c : f.comparison()) {
                toTwo.add(n.rate(c.received().stage2(), c.received().stage1()));
                toThree.add(n.rate(c.received().stage3(), c.received().stage2()));
            }
            return List.of(text("report.escalation.intro"),
                    table("escalation", msg("report.table.escalation"), headers, List.of(toTwo, toThree)));
        }

        private List<Block> issues() {
            List<Block> blocks = new ArrayList<>();
            if (f.issues().isEmpty()) {
                blocks.add(text("report.issues.none"));
            } else {
                List<List<Cell>> rows = new ArrayList<>();
                List<Bar> bars = new ArrayList<>();
                for (Figures.IssueFigures i : f.issues()) {
                    rows.add(List.of(Cell.text(i.issue()),
                            n.count(i.received(), Measure.ISSUES_RECEIVED, period, Dim.ISSUE, i.id()),
                            n.count(i.decided(), Measure.ISSUES_DECIDED, period, Dim.ISSUE, i.id()),
                            n.count(i.upheldOrPartly(), Measure.ISSUES_DECIDED, period, Dim.ISSUE, i.id(),
                                    Dim.UPHELD_OR_PARTLY, 1),
                            n.rate(i.upheldOrPartly(), i.decided())));
                    bars.add(new Bar(i.issue(), n.bar(i.received()), n.count(i.received())));
                }
                blocks.add(text("report.issues.intro"));
                blocks.add(new Chart("issues-chart", msg("report.chart.issues"), msg("report.chart.description",
                        msg("report.chart.issues")), bars, false,
                        new Table("issues", msg("report.table.issues"), List.of(msg("report.column.issue"),
                                msg("report.column.received"), msg("report.column.decided"),
                                msg("report.column.upheldOrPartly"), msg("report.column.upholdRate")), rows,
                                numericAfter(1, 5))));
            }
            blocks.add(narrative("issues", false));
            return blocks;
        }

        private List<Block> complainants() {
            List<Block> blocks = new ArrayList<>();
            long youngPeople = f.complainantRoles().stream().filter(r -> r.role().equals("young_person"))
                    .mapToLong(Figures.RoleCount::count).sum();
            blocks.add(sentence("report.complainants.youngPeople",
                    n.count(youngPeople, Measure.COMPLAINANTS, period, Dim.ROLE, "YOUNG_PERSON"),
                    stageReceived(f.received().stage1(), 1, period)));
            blocks.add(countsChart("roles", "report.chart.roles", "report.column.complainant", f.complainantRoles(),
                    Figures.RoleCount::role, Figures.RoleCount::count, Dim.ROLE, "report.role."));
            blocks.add(countsChart("channels", "report.chart.channels", "report.column.channel", f.channels(),
                    Figures.ChannelCount::channel, Figures.ChannelCount::count, Dim.CHANNEL, "report.channel."));
            blocks.add(countsTable("advocacy", "report.table.advocacy", "report.column.advocacy", f.advocacy(),
                    Figures.ValueCount::value, Figures.ValueCount::count, Dim.ADVOCACY, "report.advocacy."));
            return blocks;
        }

        private List<Block> equalities() {
            Figures.Children c = f.children();
            List<Block> blocks = new ArrayList<>();
            blocks.add(text("report.equalities.intro"));
            blocks.add(countsTable("sex", "report.table.sex", "report.column.sex", c.sex(), Figures.ValueCount::value,
                    Figures.ValueCount::count, Dim.SEX, "report.sex."));
            blocks.add(countsChart("ethnicity", "report.chart.ethnicity", "report.column.ethnicGroup", c.ethnicity(),
                    Figures.GroupCount::key, Figures.GroupCount::count, Dim.ETHNIC_GROUP, "report.ethnicGroup."));
            blocks.add(countsChart("ages", "report.chart.ages", "report.column.ageBand", c.ageBands(),
                    Figures.BandCount::key, Figures.BandCount::count, Dim.AGE_BAND, "report.ageBand."));
            if (c.disabled().isEmpty()) {
                blocks.add(text("report.equalities.noDisability"));
            } else {
                blocks.add(countsTable("disability", "report.table.disability", "report.column.disability", c.disabled(),
                        Figures.ValueCount::value, Figures.ValueCount::count, Dim.DISABLED, "report.disabled."));
            }
            blocks.add(narrative("equalities", false));
            return blocks;
        }

        private List<Block> ombudsman() {
            Figures.OmbudsmanFigures o = f.ombudsman();
            List<Block> blocks = new ArrayList<>();
            blocks.add(sentence("report.ombudsman.summary", n.count(o.referred(), Measure.OMBUDSMAN_REFERRED, period),
                    n.count(o.decided(), Measure.OMBUDSMAN_DECIDED, period),
                    n.count(o.faultFound(), Measure.OMBUDSMAN_DECIDED, period, Dim.FAULT_FOUND, 1)));
            if (!o.decisions().isEmpty()) {
                blocks.add(countsTable("ombudsman-decisions", "report.table.ombudsman", "report.column.decision",
                        o.decisions(), Figures.DecisionCount::decision, Figures.DecisionCount::count, Dim.DECISION,
                        "report.decision."));
            }
            Figures.OmbudsmanRemedies r = f.ombudsmanRemedies();
            blocks.add(sentence("report.ombudsman.remedies",
                    n.count(r.due(), Measure.OMBUDSMAN_REMEDIES_DUE, period),
                    n.count(r.compliedOnTime(), Measure.OMBUDSMAN_REMEDIES_DUE, period, Dim.COMPLIANCE, "ON_TIME"),
                    n.count(r.compliedLate(), Measure.OMBUDSMAN_REMEDIES_DUE, period, Dim.COMPLIANCE, "LATE"),
                    n.count(r.notYetComplied(), Measure.OMBUDSMAN_REMEDIES_DUE, period, Dim.COMPLIANCE, "NOT_YET")));
            if (!r.byKind().isEmpty()) {
                blocks.add(countsTable("ombudsman-remedies", "report.table.ombudsmanRemedies", "report.column.remedyKind",
                        r.byKind(), Figures.KindCount::kind, Figures.KindCount::count, Dim.REMEDY_KIND,
                        "report.remedyKind."));
            }
            blocks.add(narrative("ombudsman", false));
            return blocks;
        }

        private List<Block> remedies() {
            Figures.Remedies r = f.remedies();
            Figures.Costs c = f.costs();
            List<Block> blocks = new ArrayList<>();
            if (!r.byType().isEmpty()) {
                blocks.add(countsTable("remedies", "report.table.remedies", "report.column.remedy", r.byType(),
                        Figures.ValueCount::value, Figures.ValueCount::count, Dim.REMEDY_TYPE, "report.remedy."));
            }
            blocks.add(sentence("report.remedies.payments",
                    n.count(r.payments(), Measure.REMEDIES, period, Dim.PAYMENT, 1),
                    n.money(r.paymentsTotal(), r.payments(), Measure.REMEDIES, period, Dim.PAYMENT, 1)));
            List<List<Cell>> rows = new ArrayList<>();
            BigDecimal[] amounts = {c.investigatingOfficer(), c.independentPerson(), c.reviewPanel(), c.mediation()};
            CostKind[] kinds = CostKind.values();
            for (int i = 0; i < kinds.length; i++) {
                rows.add(List.of(Cell.text(msg("report.cost." + kinds[i].name())),
                        n.money(amounts[i], Numbers.NOT_ABOUT_PEOPLE, Measure.COSTS, period, Dim.COST_KIND,
                                kinds[i].name())));
            }
            rows.add(List.of(Cell.text(msg("report.cost.remedyPayments")),
                    n.money(c.remedyPayments(), r.payments(), Measure.REMEDIES, period, Dim.PAYMENT, 1)));
            // The total would give away payments that are hidden, so it is hidden with them.
            rows.add(List.of(Cell.text(msg("report.cost.total")), new Cell(n.money(c.total(),
                    n.isSmall(r.payments()) ? r.payments() : Numbers.NOT_ABOUT_PEOPLE), null, true)));
            blocks.add(table("costs", msg("report.table.costs"), List.of(msg("report.column.cost"),
                    msg("report.column.amount")), rows));
            blocks.add(narrative("remedies", false));
            return blocks;
        }

        private List<Block> adr() {
            Figures.Adr adr = f.adr();
            List<Block> blocks = new ArrayList<>();
            blocks.add(sentence("report.adr.held", n.count(adr.held(), Measure.ADR_HELD, period)));
            lastYear("report.adr.lastYear", Comparison::adrHeld, Measure.ADR_HELD).ifPresent(blocks::add);
            if (!adr.byKind().isEmpty()) {
                blocks.add(countsTable("adr", "report.table.adr", "report.column.adrKind", adr.byKind(),
                        Figures.KindCount::kind, Figures.KindCount::count, Dim.ADR_KIND, "report.adrKind."));
            }
            blocks.add(sentence("report.adr.mediation", n.money(f.costs().mediation(), Numbers.NOT_ABOUT_PEOPLE,
                    Measure.COSTS, period, Dim.COST_KIND, "MEDIATION")));
            blocks.add(narrative("adr", false));
            return blocks;
        }

        private List<Block> learning() {
            Figures.Actions actions = f.actions();
            List<Block> blocks = new ArrayList<>();
            blocks.add(sentence("report.learning.committed",
                    n.count(actions.committed(), Measure.ACTIONS_COMMITTED, period)));
            lastYear("report.learning.lastYear", Comparison::actionsCommitted, Measure.ACTIONS_COMMITTED)
                    .ifPresent(blocks::add);
            if (!actions.byTeam().isEmpty()) {
                blocks.add(table("actions", msg("report.table.actions"), List.of(msg("report.column.serviceArea"),
                        msg("report.column.team"), msg("report.column.actions")),
                        teamRows(actions.byTeam(), Measure.ACTIONS_COMMITTED), 2));
            }
            // The actions' own words may name people, so only the staff version lists them.
            List<MeasureQueries.CommittedAction> committed = publicVersion ? List.of() : queries.actions(period);
            // A restricted case's actions are counted above but listed only for those who may see the case.
            java.util.Set<String> hidden = restrictedCases.hiddenAmong(committed.stream()
                    .map(MeasureQueries.CommittedAction::reference).toList(), "the actions listed in a report");
            committed = committed.stream().filter(a -> !hidden.contains(a.reference())).toList();
            if (!committed.isEmpty()) {
                OrganisationNames names = new OrganisationNames(organisation, period.end());
                List<List<Cell>> rows = committed.stream().map(a -> List.of(Cell.text(a.text()),
                        Cell.text(areaName(names.area(a.serviceAreaId()))), Cell.text(teamName(names.team(a.teamId()))),
                        new Cell(a.reference(), n.linked() ? "/cases/" + UriUtils.encodePathSegment(a.reference(),
                                StandardCharsets.UTF_8) : null, false))).toList();
                blocks.add(table("action-list", msg("report.table.actionList"), List.of(msg("report.column.action"),
                        msg("report.column.serviceArea"), msg("report.column.team"), msg("report.column.case")), rows, 4));
            }
            blocks.addAll(register());
            blocks.add(narrative("learning", false));
            return blocks;
        }

        /** The learning register's part of the section: its lessons by theme, its actions, and you said, we did. */
        private List<Block> register() {
            Figures.Learning learning = f.learning();
            List<Block> blocks = new ArrayList<>();
            Figures.RegisterActions a = learning.actions();
            blocks.add(sentence("report.learning.register",
                    n.count(learning.lessons(), Measure.LESSONS_RECORDED, period),
                    n.count(a.committed(), Measure.REGISTER_ACTIONS_COMMITTED, period),
                    n.count(a.completed(), Measure.REGISTER_ACTIONS_COMPLETED, period),
                    n.count(a.completedLate(), Measure.REGISTER_ACTIONS_COMPLETED, period, Dim.LATE, 1)));
            blocks.add(sentence("report.learning.due", n.count(a.due(), Measure.REGISTER_ACTIONS_DUE, period),
                    n.count(a.overdue(), Measure.REGISTER_ACTIONS_DUE, period, Dim.OVERDUE, 1),
                    n.count(a.dropped(), Measure.REGISTER_ACTIONS_DROPPED, period)));
            if (!learning.lessonsByTheme().isEmpty()) {
                blocks.add(table("lessons-by-theme", msg("report.table.lessonsByTheme"), List.of(msg("report.column.theme"),
                        msg("report.column.lessons")), learning.lessonsByTheme().stream().map(t -> List.of(
                                Cell.text(t.theme()), n.count(t.count(), Measure.LESSONS_RECORDED, period, Dim.THEME,
                                        t.theme()))).toList()));
            }
            // An action's own words may name people: the staff version lists them, the public one only the words the
            // complaints manager chose for it.
            if (!publicVersion) {
                List<MeasureQueries.RegisterAction> all = queries.registerActions(period);
                java.util.Set<String> hidden = restrictedCases.hiddenAmong(all.stream()
                        .map(MeasureQueries.RegisterAction::reference).filter(java.util.Objects::nonNull).toList(),
                        "the register's actions listed in a report");
                List<MeasureQueries.RegisterAction> actions = all.stream()
                        .filter(r -> r.reference() == null || !hidden.contains(r.reference())).toList();
                if (!actions.isEmpty()) {
                    blocks.add(table("register-actions", msg("report.table.registerActions"), List.of(
                            msg("report.column.action"), msg("report.column.owner"), msg("report.column.due"),
                            msg("report.column.status"), msg("report.column.case")), actions.stream().map(r -> List.of(
                                    Cell.text(r.text()), Cell.text(r.owner() == null ? msg("report.learning.noOwner") : r.owner()),
                                    Cell.text(r.dueOn() == null ? msg("report.learning.noDueDate")
                                            : r.dueOn().format(heard.web.FormProblems.GOVUK_DATE)),
                                    Cell.text(msg("report.actionStatus." + r.status())),
                                    new Cell(r.reference(), n.linked() ? "/cases/" + UriUtils.encodePathSegment(r.reference(),
                                            StandardCharsets.UTF_8) : null, false))).toList(), 5));
                }
            }
            List<MeasureQueries.YouSaidWeDid> words = queries.youSaidWeDid(period);
            if (!words.isEmpty()) {
                blocks.add(table("you-said-we-did", msg("report.table.youSaidWeDid"), List.of(msg("report.column.youSaid"),
                        msg("report.column.weDid")), words.stream().map(w -> List.of(Cell.text(w.youSaid()),
                                Cell.text(w.weDid()))).toList(), 2));
            }
            return blocks;
        }

        private List<Block> compliments() {
            List<Block> blocks = new ArrayList<>();
            blocks.add(sentence("report.compliments.summary",
                    n.count(f.received().compliments(), Measure.RECORDS_RECEIVED, period, Dim.RECORD_TYPE, "COMPLIMENT")));
            if (!f.compliments().byTeam().isEmpty()) {
                List<Bar> bars = new ArrayList<>();
                for (Figures.TeamCount t : f.compliments().byTeam()) {
                    bars.add(new Bar(t.team() == null ? areaName(t.serviceArea()) : t.team(), n.bar(t.count()),
                            n.count(t.count())));
                }
                blocks.add(new Chart("compliments-chart", msg("report.chart.compliments"),
                        msg("report.chart.description", msg("report.chart.compliments")), bars, false,
                        new Table("compliments", msg("report.table.compliments"), List.of(msg("report.column.serviceArea"),
                                msg("report.column.team"), msg("report.column.compliments")),
                                teamRows(f.compliments().byTeam(), Measure.RECORDS_RECEIVED, Dim.RECORD_TYPE, "COMPLIMENT"),
                                numericAfter(2, 3))));
            }
            List<String> quotations = queries.quotations(period);
            if (!quotations.isEmpty()) {
                blocks.add(text("report.compliments.quotations"));
                quotations.forEach(q -> blocks.add(new Quotation(q)));
            }
            blocks.add(narrative("compliments", false));
            return blocks;
        }

        private List<Block> memberEnquiries() {
            Figures.MemberEnquiries m = f.memberEnquiries();
            Object[] enquiries = {Dim.RECORD_TYPE, "MEMBER_ENQUIRY"};
            return List.of(table("member-enquiries", msg("report.table.memberEnquiries", m.targetDays()),
                    List.of(msg("report.column.memberEnquiries"), msg("report.column.number")), List.of(
                            List.of(Cell.text(msg("report.enquiries.received")),
                                    n.count(m.received(), Measure.RECORDS_RECEIVED, period, enquiries)),
                            List.of(Cell.text(msg("report.enquiries.responded")),
                                    n.count(m.responded(), Measure.RECORDS_RECEIVED, period,
                                            with(enquiries, Dim.RESPONDED, 1))),
                            List.of(Cell.text(msg("report.enquiries.withinTarget", m.targetDays())),
                                    n.count(m.withinTarget(), Measure.RECORDS_RECEIVED, period,
                                            with(enquiries, Dim.WITHIN_TARGET, 1))),
                            List.of(Cell.text(msg("report.enquiries.rate", m.targetDays())),
                                    n.rate(m.withinTarget(), m.received())))));
        }

        // ------------------------------------------------------------------ pieces

        private Cell stageReceived(long count, int stage, ReportPeriod in) {
            return n.count(count, Measure.STAGE_RECEIVED, in, Dim.STAGE, stage);
        }

        /** A comparison year's count: linked to its records when it comes from them, plain when historical. */
        private Cell comparisonCount(Comparison c, Long value, Measure measure, Object... dims) {
            if (value == null || ReportFigures.HISTORICAL.equals(c.source())) {
                return n.plain(value);
            }
            return n.count(value, measure, c.period().toReportPeriod(), dims);
        }

        /** A sentence with the most recent comparison year's count, where Heard's records give one. */
        private Optional<Paragraph> lastYear(String key, Function<Comparison, Long> value, Measure measure) {
            return f.comparison().stream().findFirst().filter(c -> value.apply(c) != null)
                    .map(c -> sentence(key, c.label(), comparisonCount(c, value.apply(c), measure)));
        }

        /** Rows of service area, team and count, each count linking to its records with these dimensions and its team. */
        private List<List<Cell>> teamRows(List<Figures.TeamCount> counts, Measure measure, Object... dims) {
            return counts.stream().map(t -> List.of(Cell.text(areaName(t.serviceArea())), Cell.text(teamName(t.team())),
                    n.count(t.count(), measure, period,
                            with(dims, Dim.SERVICE_AREA, t.serviceAreaId(), Dim.TEAM, t.teamId())))).toList();
        }

        private String areaName(String area) {
            return area == null ? msg("report.noServiceArea") : area;
        }

        private String teamName(String team) {
            return team == null ? msg("report.noTeam") : team;
        }

        private List<Cell> volumeRow(String key, long value, Function<Figures.ComparisonReceived, Long> earlier,
                                     Measure measure, Object... dims) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(msg(key)), n.count(value, measure, period, dims)));
            for (Comparison c : f.comparison()) {
                row.add(comparisonCount(c, earlier.apply(c.received()), measure, dims));
            }
            return row;
        }

        private <T> Block countsChart(String id, String titleKey, String columnKey, List<T> counts,
                                      Function<T, String> key, Function<T, Long> count, Dim dim, String labelPrefix) {
            if (counts.isEmpty()) {
                return text("report.notRecorded", msg(titleKey));
            }
            List<Bar> bars = new ArrayList<>();
            List<List<Cell>> rows = new ArrayList<>();
            for (T entry : counts) {
                String label = msg(labelPrefix + key.apply(entry).toUpperCase(Locale.ROOT));
                long value = count.apply(entry);
                bars.add(new Bar(label, n.bar(value), n.count(value)));
                rows.add(List.of(Cell.text(label),
                        n.count(value, Measure.COMPLAINANTS, period, dim, key.apply(entry).toUpperCase(Locale.ROOT))));
            }
            return chart(id + "-chart", msg(titleKey), bars, false, List.of(msg(columnKey), msg("report.column.complaints")),
                    rows);
        }

        private <T> Block countsTable(String id, String captionKey, String columnKey, List<T> counts,
                                      Function<T, String> key, Function<T, Long> count, Dim dim, String labelPrefix) {
            if (counts.isEmpty()) {
                return text("report.notRecorded", msg(captionKey));
            }
            Measure measure = Arrays.stream(Measure.values()).filter(m -> m.dims().contains(dim)).findFirst().orElseThrow();
            List<List<Cell>> rows = new ArrayList<>();
            for (T entry : counts) {
                String value = key.apply(entry).toUpperCase(Locale.ROOT);
                rows.add(List.of(Cell.text(msg(labelPrefix + value)),
                        n.count(count.apply(entry), measure, period, dim, value)));
            }
            return table(id, msg(captionKey), List.of(msg(columnKey), msg("report.column.number")), rows);
        }

        private Chart chart(String id, String title, List<Bar> bars, boolean percentages, List<String> headers,
                            List<List<Cell>> rows) {
            return new Chart(id, title, msg("report.chart.description", title), bars, percentages,
                    new Table(id.replace("-chart", ""), title, headers, rows, numericAfter(1, headers.size())));
        }

        private Table table(String id, String caption, List<String> headers, List<List<Cell>> rows) {
            return table(id, caption, headers, rows, 1);
        }

        private Table table(String id, String caption, List<String> headers, List<List<Cell>> rows, int textColumns) {
            return new Table(id, caption, headers, rows, numericAfter(textColumns, headers.size()));
        }

        private List<Boolean> numericAfter(int textColumns, int columns) {
            List<Boolean> numeric = new ArrayList<>();
            for (int i = 0; i < columns; i++) {
                numeric.add(i >= textColumns);
            }
            return numeric;
        }

        private Paragraph text(String key, Object... args) {
            return new Paragraph(List.of(new Text(msg(key, args))));
        }

        /** A paragraph from a message whose arguments may be cells: those become numbers in the sentence. */
        private Paragraph sentence(String key, Object... args) {
            Object[] formatted = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                formatted[i] = args[i] instanceof Cell ? "\u0001" + i + "\u0002" : args[i];
            }
            String message = msg(key, formatted);
            List<Inline> parts = new ArrayList<>();
            Matcher marker = MARKER.matcher(message);
            int at = 0;
            while (marker.find()) {
                if (marker.start() > at) {
                    parts.add(new Text(message.substring(at, marker.start())));
                }
                parts.add(new ReportDocument.Number((Cell) args[Integer.parseInt(marker.group(1))]));
                at = marker.end();
            }
            if (at < message.length()) {
                parts.add(new Text(message.substring(at)));
            }
            return new Paragraph(parts);
        }

        /** The manager's words for a section, as paragraphs; sections made only of words say when there are none. */
        private Narrative narrative(String section, boolean onlyWords) {
            String text = narrative.text(section);
            List<String> paragraphs = text.isBlank() ? List.of()
                    : Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
            return new Narrative(section, paragraphs, onlyWords ? msg("report.narrative.missing") : null);
        }

        private Object[] with(Object[] dims, Object... more) {
            Object[] all = Arrays.copyOf(dims, dims.length + more.length);
            System.arraycopy(more, 0, all, dims.length, more.length);
            return all;
        }
    }
}
