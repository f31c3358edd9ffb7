package heard.reporting;

import static heard.reporting.CaseLog.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportPeriodsAreNamedAndCutAsCouncilsCountTest {

    @Test
    void periods_are_named_as_reports_name_them() {
        assertThat(ReportPeriod.financialYear(2019).label()).isEqualTo("2019/20");
        assertThat(ReportPeriod.financialYear(2099).label()).isEqualTo("2099/00");
        assertThat(new ReportPeriod(date("2023-01-01"), date("2023-12-31")).label()).isEqualTo("2023");
        assertThat(ReportPeriod.month(2023, 5).label()).isEqualTo("May 2023");
        assertThat(ReportPeriod.quarter(2022, 4).label()).isEqualTo("Q4 2022/23");
        assertThat(new ReportPeriod(date("2022-04-05"), date("2022-06-30")).label())
                .isEqualTo("5 April 2022 to 30 June 2022");
    }

    @Test
    void the_financial_year_runs_from_April_to_March() {
        assertThat(ReportPeriod.financialYearOf(date("2023-03-31"))).isEqualTo(ReportPeriod.financialYear(2022));
        assertThat(ReportPeriod.financialYearOf(date("2023-04-01"))).isEqualTo(ReportPeriod.financialYear(2023));
        assertThat(ReportPeriod.quarter(2022, 4)).isEqualTo(new ReportPeriod(date("2023-01-01"), date("2023-03-31")));
    }

    @Test
    void quarters_are_three_months_from_the_start_and_the_last_is_cut_at_the_end() {
        assertThat(new ReportPeriod(date("2022-02-15"), date("2022-09-01")).quarters()).containsExactly(
                new ReportPeriod(date("2022-02-15"), date("2022-05-14")),
                new ReportPeriod(date("2022-05-15"), date("2022-08-14")),
                new ReportPeriod(date("2022-08-15"), date("2022-09-01")));
        assertThat(ReportPeriod.month(2023, 1).quarters()).containsExactly(ReportPeriod.month(2023, 1));
    }

    @Test
    void the_year_before_a_leap_February_ends_on_its_own_last_day() {
        assertThat(ReportPeriod.month(2024, 2).yearsBefore(1)).isEqualTo(ReportPeriod.month(2023, 2));
        assertThat(ReportPeriod.financialYear(2023).yearsBefore(2)).isEqualTo(ReportPeriod.financialYear(2021));
    }

    @Test
    void a_period_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> new ReportPeriod(date("2023-04-01"), date("2023-03-31")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportPeriod.quarter(2023, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
