package heard.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The quarterly and monthly reports: the same figures for a shorter period, in fewer sections. */
@HandCountedCouncilTest
class ShorterReportsForManagersTest {

    @Autowired
    MockMvc mvc;

    Document page(String address, String role) throws Exception {
        return Jsoup.parse(mvc.perform(get(address).with(user("someone").roles(role))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void the_quarterly_report_gives_the_quarter_s_figures_in_fewer_sections() throws Exception {
        Document report = page("/reports/quarterly?from=2022-10-01&to=2022-12-31", "SENIOR_MANAGER");

        assertThat(report.select("h1").text()).isEqualTo("Complaints report for managers, Q3 2022/23");
        assertThat(report.select("main h2.govuk-heading-l").eachText()).containsExactly("Summary",
                "Complaints, compliments and enquiries received", "Stage 1: local resolution", "Stage 2: investigation",
                "Timeliness", "The Local Government and Social Care Ombudsman", "Compliments",
                "Enquiries from MPs and councillors", "Learning and actions");
        // Q3 of the hand-counted year: C01-C04 (16 Dec), C16 (3 Oct), C18 (1 Nov). Heard holds no records of the same
        // quarter in the two years before, and historical totals are for whole years, so there is nothing to compare.
        assertThat(report.select("#table-volumes thead th").eachText()).containsExactly("Record", "Q3 2022/23");
        assertThat(report.select("#table-volumes tbody tr").first().text()).isEqualTo("Stage 1 complaints 6");
        // Senior managers read reports but do not write them.
        assertThat(report.text()).doesNotContain("Write this report’s commentary");
    }

    @Test
    void the_monthly_report_is_shorter_still() throws Exception {
        Document report = page("/reports/monthly?from=2023-01-01&to=2023-01-31", "COMPLAINTS_OFFICER");

        assertThat(report.select("main h2.govuk-heading-l").eachText()).containsExactly("Summary",
                "Stage 1: local resolution", "Timeliness", "Compliments", "Enquiries from MPs and councillors");
        // Answered in January 2023: C01 on time, C02 late, C03 on time (extended), C04 late.
        assertThat(report.select("#table-timeliness tbody tr").first().text()).isEqualTo("Stage 1 4 1 2 1 2 50%");
    }

    @Test
    void each_kind_of_report_downloads_as_PDF_and_Word() throws Exception {
        for (String kind : new String[] {"annual", "quarterly", "monthly"}) {
            mvc.perform(get("/reports/" + kind + ".pdf?from=2022-10-01&to=2022-12-31").with(user("o").roles("COMPLAINTS_OFFICER")))
                    .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
            mvc.perform(get("/reports/" + kind + ".docx?from=2022-10-01&to=2022-12-31").with(user("o").roles("COMPLAINTS_OFFICER")))
                    .andExpect(status().isOk()).andExpect(content().contentType(ReportsController.DOCX));
        }
    }

    @Test
    void reports_are_for_the_complaints_team_and_senior_managers_only() throws Exception {
        mvc.perform(get("/reports/annual").with(user("rita").roles("RESPONDING_MANAGER"))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/records?measure=stage-received&from=2022-04-01&to=2023-03-31")
                .with(user("rita").roles("RESPONDING_MANAGER"))).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard").with(user("rita").roles("RESPONDING_MANAGER"))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/narrative?from=2022-04-01&to=2023-03-31").with(user("o").roles("COMPLAINTS_OFFICER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_mistyped_drill_down_address_is_a_bad_request() throws Exception {
        mvc.perform(get("/reports/records?measure=stage-received&from=2022-04-01&to=2023-03-31&colour=red")
                .with(user("o").roles("COMPLAINTS_OFFICER"))).andExpect(status().isBadRequest());
        mvc.perform(get("/reports/records?measure=stage-received&from=2022-04-01&to=2023-03-31&stage=one")
                .with(user("o").roles("COMPLAINTS_OFFICER"))).andExpect(status().isBadRequest());
        mvc.perform(get("/reports/records?measure=nothing&from=2022-04-01&to=2023-03-31")
                .with(user("o").roles("COMPLAINTS_OFFICER"))).andExpect(status().isNotFound());
    }
}
