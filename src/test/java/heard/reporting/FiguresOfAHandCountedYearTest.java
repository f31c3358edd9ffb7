package heard.reporting;

import static heard.reporting.CaseLog.date;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

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
import heard.reporting.Figures.TeamCount;
import heard.reporting.Figures.TeamFigures;
import heard.reporting.Figures.Timeliness;
import heard.reporting.Figures.ValueCount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every figure of the spec for 2022/23 (and the ones that move into 2023/24), against counts made by hand
 * from {@link HandCountedCouncil}'s log. The comments say which records make each number.
 */
@HandCountedCouncilTest
class FiguresOfAHandCountedYearTest {

    @Autowired
    ReportFigures reportFigures;
    @Autowired
    HandCountedCouncil council;

    Figures year;

    @BeforeEach
    void compute() {
        year = reportFigures.compute(HandCountedCouncil.YEAR);
    }

    @Test
    void the_period_is_the_financial_year_named_as_reports_name_it() {
        assertThat(year.period()).isEqualTo(new Figures.Period(date("2022-04-01"), date("2023-03-31"), "2022/23"));
    }

    @Test
    void volumes_count_what_began_in_the_year() {
        // Stage 1: C01-C11, C15-C18, C22 (C14 and C21 came in 2021/22; C12, C13, C23 in 2023/24; C18 is corporate).
        // Stage 2 requested: C09, C14, C15. Stage 3: C14. Non-qualifying C19, representation C20.
        // Compliments F1-F4 (F5 is 2021/22), comment F6, enquiries M1-M4, Ombudsman first raised C14 and C09.
        assertThat(year.received()).isEqualTo(new Received(16, 3, 1, 1, 4, 1, 4, 1, 2));
        assertThat(year.stage(1).received()).isEqualTo(16);
        assertThat(year.stage(2).received()).isEqualTo(3);
        assertThat(year.stage(3).received()).isEqualTo(1);
    }

    @Test
    void stage_one_outcomes_are_counted_when_reached_withdrawals_and_escalations_included() {
        // Decided in the year: C01-C10, C14, X2 and X3 (received last year), C15 (escalated 4 Jul), C16 (withdrawn
        // 10 Oct), C18. C11 is answered and C17 withdrawn in April 2023, so in 2023/24; X1 was answered in 2021/22.
        assertThat(year.stage(1).decided()).isEqualTo(16);
        assertThat(year.stage(1).outcomes()).isEqualTo(new Outcomes(3, 2, 8, 1, 1, 1));
    }

    @Test
    void stage_one_timeliness_counts_days_across_Easter_the_Jubilee_the_funeral_and_Christmas() {
        // Responses: the 16 decided less C15 and C16. Within 10 days: C01 (on 4 Jan), C05 (22 Apr), C07 (14 Jun),
        // C09 (20 Sep), C14, C18, X2 (8 Apr, due 11 Apr), X3 (12 Apr, due that day). Within 20: C02 (5 Jan),
        // C03 (18 Jan, extended, so on time), C06 (Saturday 23 Apr), C08 (15 Jun), C10 (21 Sep). Over 20: C04
        // (19 Jan, though extended).
        assertThat(year.stage(1).timeliness()).isEqualTo(new Timeliness(14, 8, 5, 1, 9, 10, 20, 0, 9 / 14.0));
    }

    @Test
    void stage_one_by_team_names_teams_as_they_were_called_in_the_year_and_keeps_records_without_a_team() {
        HandCountedCouncil c = council;
        assertThat(year.stage(1).byTeam()).containsExactly(
                // C05, C06, C16, C17 received; C05 inconclusive, C06 upheld, C16 withdrawn; C05 on time, C06 not.
                new TeamFigures("Children in Care", "Fostering", 4, 3, new Outcomes(1, 0, 0, 1, 1, 0), 2, 1,
                        c.childrenInCare, c.fostering),
                // C01, C02, C09, C11, C15 received; C01 upheld, C02 and C09 not, C15 escalated; C01 and C09 on time.
                new TeamFigures("Safeguarding", "Safeguarding Team A", 5, 4, new Outcomes(1, 0, 2, 0, 0, 1), 3, 2,
                        c.safeguarding, c.teamA),
                // Renamed Safeguarding East only from June 2023. C03, C04, C10, C18 received; C14 and X2 decided too.
                new TeamFigures("Safeguarding", "Safeguarding Team B", 4, 6, new Outcomes(1, 2, 3, 0, 0, 0), 6, 4,
                        c.safeguarding, c.teamB),
                // C07 and C08: a service area, no team; X3 decided too.
                new TeamFigures("Safeguarding", null, 2, 3, new Outcomes(0, 0, 3, 0, 0, 0), 3, 2, c.safeguarding, null),
                // C22: neither.
                new TeamFigures(null, null, 1, 0, new Outcomes(0, 0, 0, 0, 0, 0), 0, 0, null, null));
    }

    @Test
    void stage_two_clocks_start_when_the_statement_is_agreed_or_else_on_request() {
        // C14 from its request of 20 Apr: due 26 May, answered 25 May. C09 from the statement of 10 Oct: due 14 Nov,
        // extended to 12 Jan, answered 20 Dec. C15 not yet answered.
        assertThat(year.stage(2).decided()).isEqualTo(2);
        assertThat(year.stage(2).outcomes()).isEqualTo(new Outcomes(0, 1, 1, 0, 0, 0));
        assertThat(year.stage(2).timeliness()).isEqualTo(new Timeliness(2, 1, 1, 0, 2, 25, 65, 0, 1.0));
        assertThat(year.stage(2).byTeam()).containsExactly(
                new TeamFigures("Safeguarding", "Safeguarding Team A", 2, 1, new Outcomes(0, 1, 0, 0, 0, 0), 1, 1,
                        council.safeguarding, council.teamA),
                new TeamFigures("Safeguarding", "Safeguarding Team B", 1, 1, new Outcomes(0, 0, 1, 0, 0, 0), 1, 1,
                        council.safeguarding, council.teamB));
    }

    @Test
    void stage_three_and_its_panel_are_measured_step_by_step() {
        // C14: requested 6 Jun, panel 15 Jul (due 18 Jul), report 25 Jul (due 22 Jul: late), answer 5 Aug (due 15 Aug).
        assertThat(year.stage(3).decided()).isEqualTo(1);
        assertThat(year.stage(3).outcomes()).isEqualTo(new Outcomes(0, 0, 1, 0, 0, 0));
        assertThat(year.stage(3).timeliness()).isEqualTo(new Timeliness(1, 1, 0, 0, 1, 15, 15, 0, 1.0));
        assertThat(year.stage(3).byTeam()).containsExactly(new TeamFigures("Safeguarding", "Safeguarding Team B", 1, 1,
                new Outcomes(0, 0, 1, 0, 0, 0), 1, 1, council.safeguarding, council.teamB));
        assertThat(year.stage3Panels()).isEqualTo(new Stage3Panels(1, 1, 0, 1));
    }

    @Test
    void escalation_divides_the_stages_received_in_the_year() {
        assertThat(year.escalation()).isEqualTo(new Escalation(3 / 16.0, 1 / 3.0));
    }

    @Test
    void issues_count_a_complaint_once_under_each_of_its_issues() {
        // Received: Communication C01 C02 C04 C07 C09 C11 C16; Staff attitude C01 C05 C10 C15 C18; Delay C03 C09 C17.
        // Decided: Communication C01(upheld) C02 C04 C07 C09 C16; Staff C01(upheld) C05 C10(partly) C15 C18(upheld);
        // Delay C03(partly) C09 C14.
        assertThat(year.issues()).containsExactly(
                new IssueFigures("Communication", 7, 6, 1, council.communication),
                new IssueFigures("Staff attitude/behaviour", 5, 5, 3, council.staffAttitude),
                new IssueFigures("Delay in service", 3, 3, 1, council.delay));
    }

    @Test
    void who_complained_and_how_is_over_stage_one_complaints_received() {
        assertThat(year.complainantRoles()).containsExactly(new RoleCount("young_person", 3),
                new RoleCount("parent_relative", 7), new RoleCount("foster_carer", 1), new RoleCount("advocate", 1),
                new RoleCount("solicitor", 1), new RoleCount("professional", 1), new RoleCount("anonymous", 1));
        assertThat(year.channels()).containsExactly(new ChannelCount("telephone", 4), new ChannelCount("complaint_form", 1),
                new ChannelCount("email", 4), new ChannelCount("letter", 2), new ChannelCount("web_form", 2),
                new ChannelCount("in_person", 1), new ChannelCount("other", 1));
        assertThat(year.advocacy()).containsExactly(new ValueCount("offered", 1), new ValueCount("used", 3));
    }

    @Test
    void children_are_counted_by_sex_ethnic_group_and_age_where_recorded() {
        assertThat(year.children()).isEqualTo(new Children(
                List.of(new ValueCount("female", 6), new ValueCount("male", 5), new ValueCount("other", 1),
                        new ValueCount("not_known", 1)),
                List.of(new GroupCount("White", 6, "WHITE"), new GroupCount("Mixed or multiple ethnic groups", 1, "MIXED"),
                        new GroupCount("Asian or Asian British", 1, "ASIAN"),
                        new GroupCount("Black or Black British", 2, "BLACK"), new GroupCount("Chinese", 1, "CHINESE"),
                        new GroupCount("Refused or not yet obtained", 1, "NOT_KNOWN"),
                        new GroupCount("Recorded in other words", 1, "NOT_CATEGORISED")),
                List.of(new BandCount("under 5", 2, "UNDER_5"), new BandCount("5 to 9", 4, "FROM_5_TO_9"),
                        new BandCount("10 to 15", 4, "FROM_10_TO_15"), new BandCount("16 and 17", 2, "FROM_16_TO_17"),
                        new BandCount("18 and over", 1, "FROM_18")),
                // A case log records no disability.
                List.of()));
    }

    @Test
    void the_Ombudsman_figures_count_referrals_and_decisions_in_the_year() {
        // Referred: C14 (1 Sep), C09 (1 Mar). Decided: C14 fault and injustice, C21 (referred last year) no fault.
        assertThat(year.ombudsman()).isEqualTo(new OmbudsmanFigures(2, 2, List.of(
                new DecisionCount("not_upheld_no_fault", 1), new DecisionCount("upheld_fault_and_injustice", 1)), 1));
    }

    @Test
    void imported_payments_and_costs_count_on_the_day_received_and_costs_entered_in_Heard_on_their_own_day() {
        // Payments: C01 £250 (financial remedy), C03 £75.25 (reimbursement), C17 £40 (a bare payment). C14's £500
        // and its costs were imported with it, received in March 2022, so count in 2021/22.
        assertThat(year.remedies()).isEqualTo(new Remedies(3, new BigDecimal("365.25"), List.of(
                new ValueCount("apology", 1), new ValueCount("reimbursement", 1), new ValueCount("financial_remedy", 1),
                new ValueCount("service_change", 1))));
        // C09's officer and independent person; C16's mediation; C15's £800 was entered in Heard for April 2023.
        assertThat(year.costs()).isEqualTo(new Costs(new BigDecimal("1000.00"), new BigDecimal("350.50"),
                new BigDecimal("0.00"), new BigDecimal("200.00"), new BigDecimal("365.25"), new BigDecimal("1915.75")));

        Figures next = reportFigures.compute(HandCountedCouncil.NEXT_YEAR);
        assertThat(next.costs()).isEqualTo(new Costs(new BigDecimal("800.00"), new BigDecimal("0.00"),
                new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("800.00")));
        Figures before = reportFigures.compute(ReportPeriod.financialYear(2021));
        assertThat(before.costs().total()).isEqualByComparingTo("3000.00");
        assertThat(before.remedies().paymentsTotal()).isEqualByComparingTo("500.00");
    }

    @Test
    void conciliation_meetings_and_mediations_count_on_the_day_held() {
        // C09 (20 Oct) and C03 (10 Jan) conciliation meetings, C16's mediation (6 Oct); C14's mediation was held on
        // 31 March 2022, the day before the year began.
        assertThat(year.adr()).isEqualTo(new Adr(3, List.of(new KindCount("conciliation_meeting", 2),
                new KindCount("mediation", 1))));
        assertThat(reportFigures.compute(ReportPeriod.financialYear(2021)).adr())
                .isEqualTo(new Adr(1, List.of(new KindCount("mediation", 1))));
    }

    @Test
    void actions_count_when_the_answer_that_committed_them_was_sent() {
        // X2's two actions (Team B, answered 8 Apr 2022) and X3's one (Safeguarding, no team, 12 Apr 2022). X1 was
        // received and answered in 2021/22, so its action counts there.
        assertThat(year.actions()).isEqualTo(new Actions(3, List.of(
                new TeamCount("Safeguarding", "Safeguarding Team B", 2, council.safeguarding, council.teamB),
                new TeamCount("Safeguarding", null, 1, council.safeguarding, null))));
        assertThat(reportFigures.compute(ReportPeriod.financialYear(2021)).actions()).isEqualTo(new Actions(1, List.of(
                new TeamCount("Children in Care", "Fostering", 1, council.childrenInCare, council.fostering))));
        assertThat(reportFigures.compute(HandCountedCouncil.NEXT_YEAR).actions()).isEqualTo(new Actions(0, List.of()));
    }

    @Test
    void compliments_and_member_enquiries_count_what_came_in_the_year() {
        assertThat(year.compliments()).isEqualTo(new Compliments(List.of(
                new TeamCount("Children in Care", "Fostering", 1, council.childrenInCare, council.fostering),
                new TeamCount("Safeguarding", "Safeguarding Team A", 2, council.safeguarding, council.teamA),
                new TeamCount("Safeguarding", null, 1, council.safeguarding, null)), 2));
        // M1 answered Fri 23 Dec (due that day), M2 on 28 Dec (late), M3 on 8 Jun (due 9 Jun, after the Jubilee).
        assertThat(year.memberEnquiries()).isEqualTo(new MemberEnquiries(4, 3, 2, 5));
    }

    @Test
    void quarters_cut_the_year_into_three_months_from_April() {
        assertThat(year.quarters()).containsExactly(
                new Quarter("Q1", date("2022-04-01"), date("2022-06-30"), 5, 1, 1, 7, 5, 1),
                new Quarter("Q2", date("2022-07-01"), date("2022-09-30"), 3, 1, 0, 2, 1, 1),
                new Quarter("Q3", date("2022-10-01"), date("2022-12-31"), 6, 1, 0, 1, 1, 1),
                new Quarter("Q4", date("2023-01-01"), date("2023-03-31"), 2, 0, 0, 4, 2, 1));
    }

    @Test
    void the_comparison_takes_records_where_Heard_has_them_and_historical_totals_where_not() {
        Map<String, ComparisonStage> none = Map.of("1", new ComparisonStage(null, null, 38L, 30L),
                "2", new ComparisonStage(null, null, null, null), "3", new ComparisonStage(null, null, null, null));
        assertThat(year.comparison()).containsExactly(
                // C21, C14, X1, X2 and X3 received; C21 answered on time and upheld, X1 on time and not upheld; F5; the
                // Ombudsman raised C21. C14's mediation on 31 March 2022; X1's action.
                new Comparison("2021/22", new Figures.Period(date("2021-04-01"), date("2022-03-31"), "2021/22"), "records",
                        new ComparisonReceived(5L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 1L), new Escalation(0.0, null),
                        Map.of("1", new ComparisonStage(2L, 1L, 2L, 2L), "2", new ComparisonStage(0L, 0L, 0L, 0L),
                                "3", new ComparisonStage(0L, 0L, 0L, 0L)), 1L, 1L),
                new Comparison("2020/21", new Figures.Period(date("2020-04-01"), date("2021-03-31"), "2020/21"),
                        "historical", new ComparisonReceived(40L, 6L, 1L, null, 12L, null, null, null, null),
                        new Escalation(6 / 40.0, 1 / 6.0), none, null, null));
    }

    @Test
    void the_next_year_counts_the_cases_carried_into_it_across_Easter_2023_and_the_Coronation() {
        Figures next = reportFigures.compute(HandCountedCouncil.NEXT_YEAR);
        // Received: C12, C13, C23. Decided: C11 (6 Apr, due that day), C12 (16 May, due that day), C13 (17 May, late),
        // C23 (19 Apr, due that day), C17 withdrawn 12 Apr.
        assertThat(next.received().stage1()).isEqualTo(3);
        assertThat(next.stage(1).decided()).isEqualTo(5);
        assertThat(next.stage(1).outcomes()).isEqualTo(new Outcomes(2, 0, 2, 0, 1, 0));
        assertThat(next.stage(1).timeliness()).isEqualTo(new Timeliness(4, 3, 1, 0, 3, 10, 20, 0, 0.75));
        // Team B was renamed from 1 June 2023, so this year's report calls it by its new name.
        assertThat(next.stage(1).byTeam()).extracting(TeamFigures::team)
                .containsExactly("Fostering", "Safeguarding East", "Safeguarding Team A");
        assertThat(next.comparison()).extracting(Comparison::label, Comparison::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2022/23", "records"),
                        org.assertj.core.groups.Tuple.tuple("2021/22", "records"));
        assertThat(next.comparison().get(0).received().stage1()).isEqualTo(16);
    }
}
