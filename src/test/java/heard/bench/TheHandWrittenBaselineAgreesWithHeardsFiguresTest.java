package heard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import javax.sql.DataSource;

import heard.organisation.Organisation;
import heard.organisation.OrganisationSettings;
import heard.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark measures Heard's figures against a hand-written SQL baseline; this checks that the two count the same
 * thing. On ten years of generated records (every kind of record, outcome, extension, escalation, panel, payment,
 * cost, session and action), every figure of 2024/25 that the baseline computes, and every count Heard serves, is the
 * same in both. A database of its own, closed afterwards: the records would be in other tests' way, and theirs in this
 * one's.
 */
@DatabaseTest(properties = "heard.test.scenario=ten-years-of-records")
@AutoConfigureMockMvc
@DirtiesContext
class TheHandWrittenBaselineAgreesWithHeardsFiguresTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganisationSettings settings;
    @Autowired
    Organisation organisation;
    @Autowired
    DataSource dataSource;
    @Autowired
    JsonMapper json;

    @Test
    void every_figure_of_a_year_in_ten_is_the_same_counted_either_way() throws Exception {
        new TenYearsOfRecords(20_000, TenYearsOfRecords.teams(settings, 2, 3),
                organisation.issueCategories().stream().map(c -> c.id()).toList()).write(dataSource);

        String figures = FiguresAtScaleBenchmark.render(mvc, "/reports/figures.json?from=2024-04-01&to=2025-03-31")
                .getResponse().getContentAsString();
        Map<String, BigDecimal> heard = FigureValues.of(json.readTree(figures));
        Map<String, BigDecimal> baseline = new FiguresBaseline(dataSource).compute(2024);

        assertThat(FigureValues.disagreements(heard, baseline)).isEmpty();
        // Not agreement on nothing: the year has every kind of figure, and the two earlier years beside it.
        assertThat(baseline.keySet()).contains("stages.3.timeliness.withinTarget", "stage3Panels.heldWithin30",
                "stages.1.outcomes.escalatedWithoutResponse", "children.ethnicity[White].count", "costs.reviewPanel",
                "memberEnquiries.withinTarget", "ombudsman.faultFound", "adr.byKind[mediation].count", "actions.committed",
                "comparison[2022/23].stages.2.onTime", "quarters[Q4].stage1OnTime");
        assertThat(baseline.values().stream().filter(v -> v.signum() > 0).count()).isGreaterThan(300);
    }
}
