package heard.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import heard.reporting.Measure.Dim;
import heard.reporting.MeasureQueries.Tallies;
import heard.reporting.ReportDocument.Bar;
import heard.reporting.ReportDocument.Cell;
import heard.reporting.ReportDocument.Chart;
import heard.reporting.ReportDocument.Table;
import heard.learning.Learning;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaints team's dashboard: the cases open now by stage, those due this week and overdue, the
 * share of responses on time so far this financial year, and what came in month by month. Each number
 * links to its records, as a report's do.
 */
@Service
@Transactional(readOnly = true)
class Dashboard {

    /** Open cases are counted whenever they were received: from before any council's records to today. */
    static final LocalDate BEFORE_ANY_RECORD = LocalDate.of(1900, 1, 1);

    /** How many themes the dashboard shows: the commonest. */
    static final int TOP_THEMES = 5;

    private final MeasureQueries queries;
    private final ReportingSettings settings;
    private final Learning learning;
    private final MessageSource messages;
    private final Clock clock;

    Dashboard(MeasureQueries queries, ReportingSettings settings, Learning learning, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.settings = settings;
        this.learning = learning;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The themes most cases received this financial year carry (directly, or through a lesson drawn from them), with
     * the number of cases received in the whole of last year that carried each; empty when no case this year has one.
     */
    Table topThemes() {
        LocalDate today = LocalDate.now(clock);
        ReportPeriod thisYear = ReportPeriod.financialYearOf(today);
        ReportPeriod lastYear = thisYear.yearsBefore(1);
        Map<String, Long> now = learning.themeCounts(thisYear.start(), today);
        Map<String, Long> before = learning.themeCounts(lastYear.start(), lastYear.end());
        List<List<Cell>> rows = now.entrySet().stream().limit(TOP_THEMES).map(e -> List.of(Cell.text(e.getKey()),
                new Cell(String.valueOf(e.getValue()), null, true),
                new Cell(String.valueOf(before.getOrDefault(e.getKey(), 0L)), null, true))).toList();
        return new Table("top-themes", msg("dashboard.themes.caption"), List.of(msg("dashboard.themes.theme"),
                msg("dashboard.themes.thisYear", thisYear.label()), msg("dashboard.themes.lastYear", lastYear.label())),
                rows, List.of(false, true, true));
    }

    /**
     * @param openByStage   open cases at Stage 1, 2 and 3, and those with no stage yet
     * @param yearToDate    the financial year so far
     * @param onTime        Stage 1 and 2 responses on time so far this year
     */
    record View(LocalDate today, Table openByStage, Cell dueThisWeek, Cell overdue, ReportPeriod yearToDate, Table onTime,
                int target, Chart byMonth) {
    }

    View view() {
        LocalDate today = LocalDate.now(clock);
        Numbers n = new Numbers(false, true, "");
        ReportPeriod always = new ReportPeriod(BEFORE_ANY_RECORD, today);
        Tallies open = new Tallies(queries.tally(Measure.OPEN_CASES, List.of(always)));
        List<List<Cell>> stages = new ArrayList<>();
        for (Integer stage : new Integer[] {1, 2, 3, null}) {
            Tallies at = open.where(Dim.STAGE, stage);
            stages.add(List.of(Cell.text(stage == null ? msg("dashboard.noStage") : msg("report.stage", stage)),
                    n.count(at.count(), Measure.OPEN_CASES, always, Dim.STAGE, stage),
                    n.count(at.where(Dim.DUE, "THIS_WEEK").count(), Measure.OPEN_CASES, always, Dim.STAGE, stage,
                            Dim.DUE, "THIS_WEEK"),
                    n.count(at.where(Dim.DUE, "OVERDUE").count(), Measure.OPEN_CASES, always, Dim.STAGE, stage,
                            Dim.DUE, "OVERDUE")));
        }
        Table openByStage = new Table("open-cases", msg("dashboard.open.caption"), List.of(msg("report.column.stage"),
                msg("dashboard.column.open"), msg("report.due.THIS_WEEK"), msg("report.due.OVERDUE")), stages,
                List.of(false, true, true, true));

        ReportPeriod yearToDate = new ReportPeriod(ReportPeriod.financialYearOf(today).start(), today);
        Tallies responses = new Tallies(queries.tally(Measure.STAGE_RESPONSES, List.of(yearToDate)));
        List<List<Cell>> onTime = new ArrayList<>();
        for (int stage = 1; stage <= 2; stage++) {
            Tallies atStage = responses.where(Dim.STAGE, stage);
            long answered = atStage.count();
            long inTime = atStage.where(Dim.ON_TIME, 1).count();
            onTime.add(List.of(Cell.text(msg("report.stage", stage)),
                    n.count(inTime, Measure.STAGE_RESPONSES, yearToDate, Dim.STAGE, stage, Dim.ON_TIME, 1),
                    n.count(answered, Measure.STAGE_RESPONSES, yearToDate, Dim.STAGE, stage),
                    n.rate(inTime, answered)));
        }
        Table onTimeTable = new Table("on-time", msg("dashboard.onTime.caption", yearToDate.start().format(ReportPeriod.DAY), today.format(ReportPeriod.DAY)),
                List.of(msg("report.column.stage"), msg("report.column.onTime"), msg("report.column.responses"),
                        msg("report.column.onTimeRate")), onTime, List.of(false, true, true, true));

        List<ReportPeriod> months = new ArrayList<>();
        for (int back = 11; back >= 0; back--) {
            LocalDate month = today.minusMonths(back);
            ReportPeriod whole = ReportPeriod.month(month.getYear(), month.getMonthValue());
            months.add(back == 0 ? new ReportPeriod(whole.start(), today) : whole);
        }
        Tallies received = new Tallies(queries.tally(Measure.STAGE_RECEIVED, months)).where(Dim.STAGE, 1);
        List<Bar> bars = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            ReportPeriod month = months.get(i);
            long count = received.in(Set.of(i)).count();
            String label = ReportPeriod.month(month.start().getYear(), month.start().getMonthValue()).label();
            bars.add(new Bar(label, count, n.count(count)));
            rows.add(List.of(Cell.text(label), n.count(count, Measure.STAGE_RECEIVED, month, Dim.STAGE, 1)));
        }
        String title = msg("dashboard.byMonth.caption");
        Chart byMonth = new Chart("by-month", title, msg("report.chart.description", title), bars, false,
                new Table("by-month", title, List.of(msg("dashboard.column.month"),
                        msg("report.column.stage1Received")), rows, List.of(false, true)));
        return new View(today, openByStage,
                n.count(open.where(Dim.DUE, "THIS_WEEK").count(), Measure.OPEN_CASES, always, Dim.DUE, "THIS_WEEK"),
                n.count(open.where(Dim.DUE, "OVERDUE").count(), Measure.OPEN_CASES, always, Dim.DUE, "OVERDUE"),
                yearToDate, onTimeTable, settings.current().onTimeTargetPercent(), byMonth);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, java.util.Locale.UK);
    }
}
