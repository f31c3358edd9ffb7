package heard.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import heard.calendar.StatutoryTimescales;
import heard.casework.AdrKind;
import heard.casework.Advocacy;
import heard.casework.Channel;
import heard.casework.ComplainantRole;
import heard.casework.CostKind;
import heard.casework.Ethnicity;
import heard.casework.Outcome;
import heard.casework.RemedyType;
import heard.casework.Sex;
import heard.ombudsman.OmbudsmanDecision;
import heard.organisation.Organisation;
import heard.reporting.Figures.Actions;
import heard.reporting.Figures.Adr;
import heard.reporting.Figures.BandCount;
import heard.reporting.Figures.ChannelCount;
import heard.reporting.Figures.Children;
import heard.reporting.Figures.Comparison;
import heard.reporting.Figures.ComparisonReceived;
import heard.reporting.Figures.ComparisonStage;
import heard.reporting.Figures.Compliments;
import heard.reporting.Figures.Costs;
import heard.reporting.Figures.DecisionCount;
import heard.reporting.Figures.Escalation;
import heard.reporting.Figures.GroupCount;
import heard.reporting.Figures.IssueFigures;
import heard.reporting.Figures.KindCount;
import heard.reporting.Figures.MemberEnquiries;
import heard.reporting.Figures.OmbudsmanFigures;
import heard.reporting.Figures.Outcomes;
import heard.reporting.Figures.Quarter;
import heard.reporting.Figures.Received;
import heard.reporting.Figures.Remedies;
import heard.reporting.Figures.RoleCount;
import heard.reporting.Figures.Stage3Panels;
import heard.reporting.Figures.StageFigures;
import heard.reporting.Figures.TeamCount;
import heard.reporting.Figures.TeamFigures;
import heard.reporting.Figures.Timeliness;
import heard.reporting.Figures.ValueCount;
import heard.reporting.Measure.Dim;
import heard.reporting.MeasureQueries.Tallies;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the {@link Figures} of a period: one pass over each source view ({@link Scan}) counts all its
 * {@link Measure}s in the period's quarters and the two years before it together, and the figures are sums of
 * those counts.
 */
@Service
// One snapshot of the records for all the passes, so that the figures are one consistent count (MeasureQueries#tally).
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class ReportFigures {

    static final String RECORDS = "records";
    static final String HISTORICAL = "historical";

    /** The measures the figures are made of (the open cases are the dashboard's, not a period's). */
    private static final List<Measure> MEASURES = Arrays.stream(Measure.values()).filter(m -> m != Measure.OPEN_CASES).toList();

    /**
     * The measures a comparison year needs. The others are counted over the period alone: on a large database
     * that spares their queries two years of rows each.
     */
    private static final Set<Measure> COMPARED = EnumSet.of(Measure.STAGE_RECEIVED, Measure.STAGE_DECIDED,
            Measure.STAGE_RESPONSES, Measure.RECORDS_RECEIVED, Measure.OMBUDSMAN_REFERRED, Measure.ADR_HELD,
            Measure.ACTIONS_COMMITTED);

    private final MeasureQueries queries;
    private final Organisation organisation;
    private final HistoricalYears history;

    ReportFigures(MeasureQueries queries, Organisation organisation, HistoricalYears history) {
        this.queries = queries;
        this.organisation = organisation;
        this.history = history;
    }

    /** The period's figures with the two years before it for comparison. */
    Figures compute(ReportPeriod period) {
        return compute(period, true);
    }

    /** The period's figures; without comparison, only the period itself is counted. */
    Figures compute(ReportPeriod period, boolean withComparison) {
        List<ReportPeriod> quarters = period.quarters();
        List<ReportPeriod> buckets = new ArrayList<>(quarters);
        List<ReportPeriod> earlier = withComparison ? List.of(period.yearsBefore(1), period.yearsBefore(2)) : List.of();
        buckets.addAll(earlier);
        Map<Measure, List<ReportPeriod>> bucketsOf = new EnumMap<>(Measure.class);
        for (Measure measure : MEASURES) {
            // The quarters come first in the buckets, so a measure counted over the period alone keeps their numbers.
            bucketsOf.put(measure, COMPARED.contains(measure) ? buckets : buckets.subList(0, quarters.size()));
        }
        Map<Measure, Tallies> tallies = new EnumMap<>(Measure.class);
        queries.tally(bucketsOf).forEach((measure, counted) -> tallies.put(measure, new Tallies(counted)));
        OrganisationNames names = new OrganisationNames(organisation, period.end());
        Set<Integer> current = IntStream.range(0, quarters.size()).boxed().collect(Collectors.toSet());
        Selection of = new Selection(tallies, current);
        List<Figures.Quarter> quarterFigures = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            quarterFigures.add(quarter("Q" + (i + 1), quarters.get(i), new Selection(tallies, Set.of(i))));
        }
        List<Comparison> comparison = new ArrayList<>();
        for (int k = 0; k < earlier.size(); k++) {
            comparison(earlier.get(k), new Selection(tallies, Set.of(quarters.size() + k))).ifPresent(comparison::add);
        }
        Received received = received(of);
        Map<String, StageFigures> stages = new LinkedHashMap<>();
        for (int stage = 1; stage <= 3; stage++) {
            stages.put(String.valueOf(stage), stage(of, stage, names));
        }
        Tallies complainants = of.get(Measure.COMPLAINANTS);
        Tallies remedies = of.get(Measure.REMEDIES);
        long payments = remedies.where(Dim.PAYMENT, 1).count();
        BigDecimal paymentsTotal = remedies.where(Dim.PAYMENT, 1).total();
        return new Figures(Figures.Period.of(period), received, stages, panels(of), escalation(received), issues(of, names),
                counts(complainants, Dim.ROLE, ComplainantRole.values(), RoleCount::new),
                counts(complainants, Dim.CHANNEL, Channel.values(), ChannelCount::new),
                counts(complainants, Dim.ADVOCACY, Advocacy.values(), ValueCount::new),
                children(complainants), ombudsman(of),
                new Remedies(payments, paymentsTotal,
                        counts(remedies, Dim.REMEDY_TYPE, RemedyType.values(), ValueCount::new)),
                costs(of, paymentsTotal), adr(of), actions(of, names), compliments(of, names), memberEnquiries(of),
                quarterFigures, comparison, learning(of), ombudsmanRemedies(of));
    }

    private static Figures.Learning learning(Selection of) {
        Tallies lessons = of.get(Measure.LESSONS_RECORDED);
        List<Figures.ThemeCount> byTheme = lessons.countBy(Dim.THEME).entrySet().stream()
                .map(e -> new Figures.ThemeCount(e.getKey().get(0), e.getValue()))
                .sorted(java.util.Comparator.comparingLong(Figures.ThemeCount::count).reversed()
                        .thenComparing(Figures.ThemeCount::theme, String.CASE_INSENSITIVE_ORDER)).toList();
        Tallies completed = of.get(Measure.REGISTER_ACTIONS_COMPLETED);
        Tallies due = of.get(Measure.REGISTER_ACTIONS_DUE);
        return new Figures.Learning(lessons.count(), byTheme, new Figures.RegisterActions(
                of.get(Measure.REGISTER_ACTIONS_COMMITTED).count(), completed.count(), completed.where(Dim.LATE, 1).count(),
                of.get(Measure.REGISTER_ACTIONS_DROPPED).count(), due.count(),
                due.where(Dim.OVERDUE, 1).count()));
    }

    private static Figures.OmbudsmanRemedies ombudsmanRemedies(Selection of) {
        Tallies due = of.get(Measure.OMBUDSMAN_REMEDIES_DUE);
        long onTime = due.where(Dim.COMPLIANCE, "ON_TIME").count();
        long late = due.where(Dim.COMPLIANCE, "LATE").count();
        return new Figures.OmbudsmanRemedies(due.count(), onTime, late, due.where(Dim.COMPLIANCE, "NOT_YET").count(),
                Figures.rate(onTime + late, due.count()), Figures.rate(late, onTime + late),
                counts(due, Dim.REMEDY_KIND, heard.learning.RemedyKind.values(), Figures.KindCount::new), due.total());
    }

    /** The tallies of each measure within some buckets, each measure's picked out once however often asked for. */
    private static final class Selection {

        private final Map<Measure, Tallies> tallies;
        private final Set<Integer> buckets;
        private final Map<Measure, Tallies> chosen = new EnumMap<>(Measure.class);

        Selection(Map<Measure, Tallies> tallies, Set<Integer> buckets) {
            this.tallies = tallies;
            this.buckets = buckets;
        }

        Tallies get(Measure measure) {
            return chosen.computeIfAbsent(measure, m -> tallies.get(m).in(buckets));
        }
    }

    private static Received received(Selection of) {
        Tallies stages = of.get(Measure.STAGE_RECEIVED);
        Tallies records = of.get(Measure.RECORDS_RECEIVED);
        return new Received(stages.where(Dim.STAGE, 1).count(), stages.where(Dim.STAGE, 2).count(),
                stages.where(Dim.STAGE, 3).count(),
                records.where(Dim.RECORD_TYPE, "REPRESENTATION").count(),
                records.where(Dim.RECORD_TYPE, "COMPLIMENT").count(),
                records.where(Dim.RECORD_TYPE, "COMMENT").count(),
                records.where(Dim.RECORD_TYPE, "MEMBER_ENQUIRY").count(),
                records.where(Dim.RECORD_TYPE, "COMPLAINT").where(Dim.PROCEDURE, "NON_QUALIFYING").count(),
                of.get(Measure.OMBUDSMAN_REFERRED).count());
    }

    private static StageFigures stage(Selection of, int stage, OrganisationNames names) {
        Tallies received = of.get(Measure.STAGE_RECEIVED).where(Dim.STAGE, stage);
        Tallies decided = of.get(Measure.STAGE_DECIDED).where(Dim.STAGE, stage);
        Tallies responses = of.get(Measure.STAGE_RESPONSES).where(Dim.STAGE, stage);
        Map<List<String>, Tallies> receivedBy = received.split(Dim.SERVICE_AREA, Dim.TEAM);
        Map<List<String>, Tallies> decidedBy = decided.split(Dim.SERVICE_AREA, Dim.TEAM);
        Map<List<String>, Tallies> responsesBy = responses.split(Dim.SERVICE_AREA, Dim.TEAM);
        Set<List<String>> teams = new LinkedHashSet<>(receivedBy.keySet());
        teams.addAll(decidedBy.keySet());
        teams.addAll(responsesBy.keySet());
        List<TeamFigures> byTeam = teams.stream().map(key -> {
            Long area = id(key.get(0));
            Long team = id(key.get(1));
            Tallies teamResponses = responsesBy.getOrDefault(key, Tallies.NONE);
            Tallies teamDecided = decidedBy.getOrDefault(key, Tallies.NONE);
            return new TeamFigures(names.area(area), names.team(team),
                    receivedBy.getOrDefault(key, Tallies.NONE).count(), teamDecided.count(), outcomes(teamDecided),
                    teamResponses.count(), teamResponses.where(Dim.ON_TIME, 1).count(), area, team);
        }).sorted(names.byAreaAndTeam(TeamFigures::serviceAreaId, TeamFigures::teamId)).toList();
        return new StageFigures(received.count(), decided.count(), outcomes(decided), byTeam, timeliness(responses, stage));
    }

    private static Outcomes outcomes(Tallies decided) {
        Map<List<String>, Long> counts = decided.countBy(Dim.OUTCOME);
        Function<Outcome, Long> count = outcome -> counts.getOrDefault(List.of(outcome.name()), 0L);
        return new Outcomes(count.apply(Outcome.UPHELD), count.apply(Outcome.PARTIALLY_UPHELD),
                count.apply(Outcome.NOT_UPHELD), count.apply(Outcome.INCONCLUSIVE), count.apply(Outcome.WITHDRAWN),
                count.apply(Outcome.ESCALATED_WITHOUT_RESPONSE));
    }

    private static Timeliness timeliness(Tallies responses, int stage) {
        long onTime = responses.where(Dim.ON_TIME, 1).count();
        return new Timeliness(responses.count(), responses.where(Dim.BAND, "WITHIN_TARGET").count(),
                responses.where(Dim.BAND, "WITHIN_EXTENDED").count(), responses.where(Dim.BAND, "OVER_EXTENDED").count(),
                onTime, Measure.Timescales.TARGET_DAYS[stage - 1], Measure.Timescales.EXTENDED_DAYS[stage - 1],
                responses.where(Dim.BAND, "UNMEASURED").count(), Figures.rate(onTime, responses.count()));
    }

    private static Stage3Panels panels(Selection of) {
        Tallies panels = of.get(Measure.STAGE3_PANELS);
        return new Stage3Panels(panels.count(), panels.where(Dim.HELD_WITHIN_30, 1).count(),
                panels.where(Dim.REPORT_WITHIN_5, 1).count(), panels.where(Dim.RESPONSE_WITHIN_15, 1).count());
    }

    private static Escalation escalation(Received received) {
        return new Escalation(Figures.rate(received.stage2(), received.stage1()),
                Figures.rate(received.stage3(), received.stage2()));
    }

    private static List<IssueFigures> issues(Selection of, OrganisationNames names) {
        Map<List<String>, Long> received = of.get(Measure.ISSUES_RECEIVED).countBy(Dim.ISSUE);
        Tallies decided = of.get(Measure.ISSUES_DECIDED);
        Map<List<String>, Long> decidedCounts = decided.countBy(Dim.ISSUE);
        Map<List<String>, Long> upheld = decided.where(Dim.UPHELD_OR_PARTLY, 1).countBy(Dim.ISSUE);
        Set<List<String>> keys = new LinkedHashSet<>(received.keySet());
        keys.addAll(decidedCounts.keySet());
        return keys.stream().map(key -> {
            long id = Long.parseLong(key.get(0));
            return new IssueFigures(names.issue(id), received.getOrDefault(key, 0L), decidedCounts.getOrDefault(key, 0L),
                    upheld.getOrDefault(key, 0L), id);
        }).sorted(java.util.Comparator.comparingLong(IssueFigures::received).reversed()
                .thenComparing(java.util.Comparator.comparingLong(IssueFigures::decided).reversed())
                .thenComparing(IssueFigures::issue, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Counts by an enum-valued dimension, in the enum's order, named by its lower-case code; unrecorded left out. */
    private static <E extends Enum<E>, T> List<T> counts(Tallies tallies, Dim dim, E[] values,
                                                        java.util.function.BiFunction<String, Long, T> entry) {
        List<T> counts = new ArrayList<>();
        for (E value : values) {
            long count = tallies.where(dim, value.name()).count();
            if (count > 0) {
                counts.add(entry.apply(value.name().toLowerCase(Locale.ROOT), count));
            }
        }
        return counts;
    }

    private static Children children(Tallies complainants) {
        List<GroupCount> ethnicity = new ArrayList<>();
        for (Ethnicity.Group group : Ethnicity.Group.values()) {
            long count = complainants.where(Dim.ETHNIC_GROUP, group.name()).count();
            if (count > 0) {
                ethnicity.add(new GroupCount(group.label(), count, group.name()));
            }
        }
        List<BandCount> ages = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            long count = complainants.where(Dim.AGE_BAND, band.name()).count();
            if (count > 0) {
                ages.add(new BandCount(band.label(), count, band.name()));
            }
        }
        List<ValueCount> disabled = new ArrayList<>();
        for (String answer : List.of("YES", "NO")) {
            long count = complainants.where(Dim.DISABLED, answer).count();
            if (count > 0) {
                disabled.add(new ValueCount(answer.toLowerCase(Locale.ROOT), count));
            }
        }
        return new Children(counts(complainants, Dim.SEX, Sex.values(), ValueCount::new), ethnicity, ages, disabled);
    }

    private static OmbudsmanFigures ombudsman(Selection of) {
        Tallies decided = of.get(Measure.OMBUDSMAN_DECIDED);
        return new OmbudsmanFigures(of.get(Measure.OMBUDSMAN_REFERRED).count(), decided.count(),
                counts(decided, Dim.DECISION, OmbudsmanDecision.values(), DecisionCount::new),
                decided.where(Dim.FAULT_FOUND, 1).count());
    }

    private static Costs costs(Selection of, BigDecimal remedyPayments) {
        Tallies costs = of.get(Measure.COSTS);
        Function<CostKind, BigDecimal> total = kind -> costs.where(Dim.COST_KIND, kind.name()).total();
        BigDecimal officer = total.apply(CostKind.INVESTIGATING_OFFICER);
        BigDecimal independent = total.apply(CostKind.INDEPENDENT_PERSON);
        BigDecimal panel = total.apply(CostKind.REVIEW_PANEL);
        BigDecimal mediation = total.apply(CostKind.MEDIATION);
        return new Costs(officer, independent, panel, mediation, remedyPayments,
                officer.add(independent).add(panel).add(mediation).add(remedyPayments));
    }

    private static Adr adr(Selection of) {
        Tallies held = of.get(Measure.ADR_HELD);
        return new Adr(held.count(), counts(held, Dim.ADR_KIND, AdrKind.values(), KindCount::new));
    }

    private static Actions actions(Selection of, OrganisationNames names) {
        Tallies committed = of.get(Measure.ACTIONS_COMMITTED);
        return new Actions(committed.count(), byTeam(committed, names));
    }

    private static Compliments compliments(Selection of, OrganisationNames names) {
        Tallies compliments = of.get(Measure.RECORDS_RECEIVED).where(Dim.RECORD_TYPE, "COMPLIMENT");
        return new Compliments(byTeam(compliments, names), compliments.where(Dim.QUOTABLE, 1).count());
    }

    /** Counts by service area and team, in the order {@link OrganisationNames#byAreaAndTeam} sorts them. */
    private static List<TeamCount> byTeam(Tallies tallies, OrganisationNames names) {
        return tallies.countBy(Dim.SERVICE_AREA, Dim.TEAM).entrySet().stream()
                .map(e -> new TeamCount(names.area(id(e.getKey().get(0))), names.team(id(e.getKey().get(1))), e.getValue(),
                        id(e.getKey().get(0)), id(e.getKey().get(1))))
                .sorted(names.byAreaAndTeam(TeamCount::serviceAreaId, TeamCount::teamId)).toList();
    }

    private static MemberEnquiries memberEnquiries(Selection of) {
        Tallies enquiries = of.get(Measure.RECORDS_RECEIVED).where(Dim.RECORD_TYPE, "MEMBER_ENQUIRY");
        return new MemberEnquiries(enquiries.count(), enquiries.where(Dim.RESPONDED, 1).count(),
                enquiries.where(Dim.WITHIN_TARGET, 1).count(), StatutoryTimescales.MEMBER_ENQUIRY.target().count());
    }

    private static Quarter quarter(String label, ReportPeriod period, Selection of) {
        Tallies received = of.get(Measure.STAGE_RECEIVED);
        Tallies responses = of.get(Measure.STAGE_RESPONSES).where(Dim.STAGE, 1);
        return new Quarter(label, period.start(), period.end(), received.where(Dim.STAGE, 1).count(),
                received.where(Dim.STAGE, 2).count(), received.where(Dim.STAGE, 3).count(), responses.count(),
                responses.where(Dim.ON_TIME, 1).count(),
                of.get(Measure.RECORDS_RECEIVED).where(Dim.RECORD_TYPE, "COMPLIMENT").count());
    }

    /**
     * An earlier year from Heard's records where it holds any record received in it; otherwise from the
     * historical totals entered for exactly that period; otherwise none.
     */
    private Optional<Comparison> comparison(ReportPeriod period, Selection of) {
        if (!of.get(Measure.RECORDS_RECEIVED).isEmpty() || !of.get(Measure.STAGE_RECEIVED).isEmpty()) {
            Received received = received(of);
            Map<String, ComparisonStage> stages = new LinkedHashMap<>();
            for (int stage = 1; stage <= 3; stage++) {
                Tallies decided = of.get(Measure.STAGE_DECIDED).where(Dim.STAGE, stage);
                Tallies responses = of.get(Measure.STAGE_RESPONSES).where(Dim.STAGE, stage);
                stages.put(String.valueOf(stage), new ComparisonStage(decided.count(), outcomes(decided).upheldOrPartly(),
                        responses.count(), responses.where(Dim.ON_TIME, 1).count()));
            }
            return Optional.of(new Comparison(period.label(), Figures.Period.of(period), RECORDS,
                    new ComparisonReceived(received.stage1(), received.stage2(), received.stage3(),
                            received.representations(), received.compliments(), received.comments(),
                            received.memberEnquiries(), received.nonQualifying(), received.ombudsman()),
                    escalation(received), stages, of.get(Measure.ADR_HELD).count(),
                    of.get(Measure.ACTIONS_COMMITTED).count()));
        }
        return history.forPeriod(period).map(year -> {
            Map<String, ComparisonStage> stages = new LinkedHashMap<>();
            stages.put("1", new ComparisonStage(null, null, asLong(year.stage1Responses()), asLong(year.stage1OnTime())));
            stages.put("2", new ComparisonStage(null, null, asLong(year.stage2Responses()), asLong(year.stage2OnTime())));
            stages.put("3", new ComparisonStage(null, null, null, null));
            return new Comparison(year.label(), Figures.Period.of(period), HISTORICAL,
                    new ComparisonReceived((long) year.stage1Received(), (long) year.stage2Received(),
                            (long) year.stage3Received(), asLong(year.representations()), asLong(year.compliments()), null,
                            asLong(year.memberEnquiries()), null, null),
                    new Escalation(Figures.rate(year.stage2Received(), year.stage1Received()),
                            Figures.rate(year.stage3Received(), year.stage2Received())),
                    stages, null, null);
        });
    }

    private static Long asLong(Integer value) {
        return value == null ? null : value.longValue();
    }

    private static Long id(String value) {
        return value == null ? null : Long.valueOf(value);
    }

    /** The age bands of {@link Measure.Sql#AGE_BAND}, as reports name them. */
    enum AgeBand {
        UNDER_5("under 5"), FROM_5_TO_9("5 to 9"), FROM_10_TO_15("10 to 15"), FROM_16_TO_17("16 and 17"),
        FROM_18("18 and over");

        private final String label;

        AgeBand(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }
}
