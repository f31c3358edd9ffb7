package heard.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import heard.reporting.Figures.BandCount;
import heard.reporting.Figures.ChannelCount;
import heard.reporting.Figures.Comparison;
import heard.reporting.Figures.ComparisonReceived;
import heard.reporting.Figures.ComparisonStage;
import heard.reporting.Figures.DecisionCount;
import heard.reporting.Figures.GroupCount;
import heard.reporting.Figures.IssueFigures;
import heard.reporting.Figures.KindCount;
import heard.reporting.Figures.Outcomes;
import heard.reporting.Figures.Quarter;
import heard.reporting.Figures.RoleCount;
import heard.reporting.Figures.StageFigures;
import heard.reporting.Figures.TeamCount;
import heard.reporting.Figures.TeamFigures;
import heard.reporting.Figures.Timeliness;
import heard.reporting.Figures.ValueCount;

/**
 * The totals of several councils' figures of one period, in the same shape: every count and sum added up, every rate
 * worked out again from the added counts, lists (teams, issues, roles...) added up entry by entry by their names. A
 * comparison year is in the total only where every council has it (a total of some councils would mislead), and comes
 * from records only where every council's does.
 */
final class FiguresTotal {

    private final List<Figures> all;

    private FiguresTotal(List<Figures> all) {
        this.all = all;
    }

    /**
     * @throws IllegalArgumentException when there are none, or they are not of one period
     */
    static Figures of(List<Figures> councils) {
        if (councils.isEmpty()) {
            throw new IllegalArgumentException("A total needs the figures of at least one council");
        }
        Figures.Period period = councils.get(0).period();
        for (Figures figures : councils) {
            if (!figures.period().start().equals(period.start()) || !figures.period().end().equals(period.end())) {
                throw new IllegalArgumentException("The figures are of different periods: " + period.start() + " to "
                        + period.end() + " and " + figures.period().start() + " to " + figures.period().end());
            }
        }
        return new FiguresTotal(councils).total();
    }

    private Figures total() {
        Figures first = all.get(0);
        Figures.Received received = new Figures.Received(sum(f -> f.received().stage1()), sum(f -> f.received().stage2()),
                sum(f -> f.received().stage3()), sum(f -> f.received().representations()),
                sum(f -> f.received().compliments()), sum(f -> f.received().comments()),
                sum(f -> f.received().memberEnquiries()), sum(f -> f.received().nonQualifying()),
                sum(f -> f.received().ombudsman()));
        Map<String, StageFigures> stages = new LinkedHashMap<>();
        first.stages().keySet().forEach(stage -> stages.put(stage, stage(stage)));
        return new Figures(first.period(), received, stages,
                new Figures.Stage3Panels(sum(f -> f.stage3Panels().held()), sum(f -> f.stage3Panels().heldWithin30()),
                        sum(f -> f.stage3Panels().reportWithin5()), sum(f -> f.stage3Panels().responseWithin15())),
                new Figures.Escalation(Figures.rate(received.stage2(), received.stage1()),
                        Figures.rate(received.stage3(), received.stage2())),
                issues(),
                merged(Figures::complainantRoles, RoleCount::role, RoleCount::count, RoleCount::new),
                merged(Figures::channels, ChannelCount::channel, ChannelCount::count, ChannelCount::new),
                merged(Figures::advocacy, ValueCount::value, ValueCount::count, ValueCount::new),
                new Figures.Children(
                        merged(f -> f.children().sex(), ValueCount::value, ValueCount::count, ValueCount::new),
                        merged(f -> f.children().ethnicity(), GroupCount::group, GroupCount::count,
                                (group, n) -> new GroupCount(group, n, key(f -> f.children().ethnicity(), GroupCount::group,
                                        GroupCount::key, group))),
                        merged(f -> f.children().ageBands(), BandCount::band, BandCount::count,
                                (band, n) -> new BandCount(band, n, key(f -> f.children().ageBands(), BandCount::band,
                                        BandCount::key, band))),
                        merged(f -> f.children().disabled(), ValueCount::value, ValueCount::count, ValueCount::new)),
                new Figures.OmbudsmanFigures(sum(f -> f.ombudsman().referred()), sum(f -> f.ombudsman().decided()),
                        merged(f -> f.ombudsman().decisions(), DecisionCount::decision, DecisionCount::count,
                                DecisionCount::new),
                        sum(f -> f.ombudsman().faultFound())),
                new Figures.Remedies(sum(f -> f.remedies().payments()), money(f -> f.remedies().paymentsTotal()),
                        merged(f -> f.remedies().byType(), ValueCount::value, ValueCount::count, ValueCount::new)),
                new Figures.Costs(money(f -> f.costs().investigatingOfficer()), money(f -> f.costs().independentPerson()),
                        money(f -> f.costs().reviewPanel()), money(f -> f.costs().mediation()),
                        money(f -> f.costs().remedyPayments()), money(f -> f.costs().total())),
                new Figures.Adr(sum(f -> f.adr().held()),
                        merged(f -> f.adr().byKind(), KindCount::kind, KindCount::count, KindCount::new)),
                new Figures.Actions(sum(f -> f.actions().committed()), teams(f -> f.actions().byTeam())),
                new Figures.Compliments(teams(f -> f.compliments().byTeam()), sum(f -> f.compliments().quotable())),
                new Figures.MemberEnquiries(sum(f -> f.memberEnquiries().received()),
                        sum(f -> f.memberEnquiries().responded()), sum(f -> f.memberEnquiries().withinTarget()),
                        first.memberEnquiries().targetDays()),
                quarters(), comparisons(), learning(), ombudsmanRemedies());
    }

    /** The register's figures, where every council has them (figures from before the register have none). */
    private Figures.Learning learning() {
        if (all.stream().anyMatch(f -> f.learning() == null)) {
            return null;
        }
        return new Figures.Learning(sum(f -> f.learning().lessons()),
                merged(f -> f.learning().lessonsByTheme(), Figures.ThemeCount::theme, Figures.ThemeCount::count,
                        Figures.ThemeCount::new),
                new Figures.RegisterActions(sum(f -> f.learning().actions().committed()),
                        sum(f -> f.learning().actions().completed()), sum(f -> f.learning().actions().completedLate()),
                        sum(f -> f.learning().actions().dropped()), sum(f -> f.learning().actions().due()),
                        sum(f -> f.learning().actions().overdue())));
    }

    private Figures.OmbudsmanRemedies ombudsmanRemedies() {
        if (all.stream().anyMatch(f -> f.ombudsmanRemedies() == null)) {
            return null;
        }
        long due = sum(f -> f.ombudsmanRemedies().due());
        long onTime = sum(f -> f.ombudsmanRemedies().compliedOnTime());
        long late = sum(f -> f.ombudsmanRemedies().compliedLate());
        return new Figures.OmbudsmanRemedies(due, onTime, late, sum(f -> f.ombudsmanRemedies().notYetComplied()),
                Figures.rate(onTime + late, due), Figures.rate(late, onTime + late),
                merged(f -> f.ombudsmanRemedies().byKind(), KindCount::kind, KindCount::count, KindCount::new),
                money(f -> f.ombudsmanRemedies().paymentsTotal()));
    }

    private StageFigures stage(String stage) {
        Function<Figures, StageFigures> of = f -> f.stages().get(stage);
        Map<List<String>, List<TeamFigures>> teams = new LinkedHashMap<>();
        all.forEach(f -> of.apply(f).byTeam().forEach(t ->
                teams.computeIfAbsent(Stream.of(t.serviceArea(), t.team()).toList(), k -> new ArrayList<>()).add(t)));
        List<TeamFigures> byTeam = teams.values().stream().map(same -> new TeamFigures(same.get(0).serviceArea(),
                        same.get(0).team(), add(same, TeamFigures::received), add(same, TeamFigures::decided),
                        outcomes(same.stream().map(TeamFigures::outcomes).toList()), add(same, TeamFigures::responses),
                        add(same, TeamFigures::onTime), null, null))
                .sorted(byAreaAndTeam(TeamFigures::serviceArea, TeamFigures::team)).toList();
        List<Timeliness> timeliness = all.stream().map(f -> of.apply(f).timeliness()).toList();
        long responses = add(timeliness, Timeliness::responses);
        long onTime = add(timeliness, Timeliness::onTime);
        return new StageFigures(sum(f -> of.apply(f).received()), sum(f -> of.apply(f).decided()),
                outcomes(all.stream().map(f -> of.apply(f).outcomes()).toList()), byTeam,
                new Timeliness(responses, add(timeliness, Timeliness::withinTarget), add(timeliness, Timeliness::withinExtended),
                        add(timeliness, Timeliness::overExtended), onTime, timeliness.get(0).targetDays(),
                        timeliness.get(0).extendedDays(), add(timeliness, Timeliness::unmeasured),
                        Figures.rate(onTime, responses)));
    }

    private static Outcomes outcomes(List<Outcomes> outcomes) {
        return new Outcomes(add(outcomes, Outcomes::upheld), add(outcomes, Outcomes::partiallyUpheld),
                add(outcomes, Outcomes::notUpheld), add(outcomes, Outcomes::inconclusive), add(outcomes, Outcomes::withdrawn),
                add(outcomes, Outcomes::escalatedWithoutResponse));
    }

    private List<IssueFigures> issues() {
        Map<String, List<IssueFigures>> byName = new LinkedHashMap<>();
        all.forEach(f -> f.issues().forEach(i -> byName.computeIfAbsent(i.issue(), k -> new ArrayList<>()).add(i)));
        return byName.values().stream().map(same -> new IssueFigures(same.get(0).issue(), add(same, IssueFigures::received),
                        add(same, IssueFigures::decided), add(same, IssueFigures::upheldOrPartly), 0))
                .sorted(Comparator.comparingLong(IssueFigures::received).reversed()
                        .thenComparing(Comparator.comparingLong(IssueFigures::decided).reversed())
                        .thenComparing(IssueFigures::issue, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private List<TeamCount> teams(Function<Figures, List<TeamCount>> list) {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        all.forEach(f -> list.apply(f).forEach(t ->
                counts.merge(Stream.of(t.serviceArea(), t.team()).toList(), t.count(), Long::sum)));
        return counts.entrySet().stream().map(e -> new TeamCount(e.getKey().get(0), e.getKey().get(1), e.getValue(), null, null))
                .sorted(byAreaAndTeam(TeamCount::serviceArea, TeamCount::team)).toList();
    }

    private List<Quarter> quarters() {
        List<Quarter> quarters = new ArrayList<>();
        for (int i = 0; i < all.get(0).quarters().size(); i++) {
            int q = i;
            List<Quarter> same = all.stream().map(f -> f.quarters().get(q)).toList();
            Quarter first = same.get(0);
            quarters.add(new Quarter(first.label(), first.start(), first.end(), add(same, Quarter::stage1Received),
                    add(same, Quarter::stage2Received), add(same, Quarter::stage3Received), add(same, Quarter::stage1Responses),
                    add(same, Quarter::stage1OnTime), add(same, Quarter::compliments)));
        }
        return quarters;
    }

    private List<Comparison> comparisons() {
        List<Comparison> total = new ArrayList<>();
        for (Comparison year : all.get(0).comparison()) {
            List<Comparison> same = all.stream().map(f -> f.comparison().stream()
                    .filter(c -> c.label().equals(year.label())).findFirst().orElse(null)).toList();
            if (same.contains(null)) {
                continue;
            }
            List<ComparisonReceived> received = same.stream().map(Comparison::received).toList();
            ComparisonReceived sum = new ComparisonReceived(known(received, ComparisonReceived::stage1),
                    known(received, ComparisonReceived::stage2), known(received, ComparisonReceived::stage3),
                    known(received, ComparisonReceived::representations), known(received, ComparisonReceived::compliments),
                    known(received, ComparisonReceived::comments), known(received, ComparisonReceived::memberEnquiries),
                    known(received, ComparisonReceived::nonQualifying), known(received, ComparisonReceived::ombudsman));
            Map<String, ComparisonStage> stages = new LinkedHashMap<>();
            year.stages().keySet().forEach(stage -> {
                List<ComparisonStage> of = same.stream().map(c -> c.stages().get(stage)).toList();
                stages.put(stage, new ComparisonStage(known(of, ComparisonStage::decided),
                        known(of, ComparisonStage::upheldOrPartly), known(of, ComparisonStage::responses),
                        known(of, ComparisonStage::onTime)));
            });
            boolean records = same.stream().allMatch(c -> ReportFigures.RECORDS.equals(c.source()));
            total.add(new Comparison(year.label(), year.period(), records ? ReportFigures.RECORDS : ReportFigures.HISTORICAL,
                    sum, new Figures.Escalation(rate(sum.stage2(), sum.stage1()), rate(sum.stage3(), sum.stage2())), stages,
                    known(same, Comparison::adrHeld), known(same, Comparison::actionsCommitted)));
        }
        return total;
    }

    /** Entries of a list added up by name, in the order first met. */
    private <T> List<T> merged(Function<Figures, List<T>> list, Function<T, String> name, ToLongFunction<T> count,
                               BiFunction<String, Long, T> entry) {
        Map<String, Long> counts = new LinkedHashMap<>();
        all.forEach(f -> list.apply(f).forEach(t -> counts.merge(name.apply(t), count.applyAsLong(t), Long::sum)));
        return counts.entrySet().stream().map(e -> entry.apply(e.getKey(), e.getValue())).toList();
    }

    private <T> String key(Function<Figures, List<T>> list, Function<T, String> name, Function<T, String> key, String wanted) {
        return all.stream().flatMap(f -> list.apply(f).stream()).filter(t -> wanted.equals(name.apply(t)))
                .map(key).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private long sum(ToLongFunction<Figures> count) {
        return all.stream().mapToLong(count).sum();
    }

    private BigDecimal money(Function<Figures, BigDecimal> amount) {
        return all.stream().map(amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    private static <T> long add(List<T> items, ToLongFunction<T> count) {
        return items.stream().mapToLong(count).sum();
    }

    /** The sum, or null when any council's is unknown (a historical year without that total). */
    private static <T> Long known(List<T> items, Function<T, Long> count) {
        List<Long> values = items.stream().map(count).toList();
        return values.contains(null) ? null : values.stream().mapToLong(Long::longValue).sum();
    }

    private static Double rate(Long numerator, Long denominator) {
        return numerator == null || denominator == null ? null : Figures.rate(numerator, denominator);
    }

    /** Service areas by name, then teams by name, those without a name last. */
    private static <T> Comparator<T> byAreaAndTeam(Function<T, String> area, Function<T, String> team) {
        Comparator<String> names = Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);
        return Comparator.comparing(area, names).thenComparing(team, names);
    }
}
