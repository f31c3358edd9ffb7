package heard.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The annual report's web page for the hand-counted year: every section is there, and every number that
 * links leads to a list of exactly that many records.
 */
@HandCountedCouncilTest
class EveryNumberOfTheReportLinksToTheRecordsItCountsTest {

    static final RequestPostProcessor MANAGER = user("clare.manager").roles("COMPLAINTS_MANAGER");

    @Autowired
    MockMvc mvc;
    @Autowired
    HandCountedCouncil council;

    Document page(String address) throws Exception {
        String html = mvc.perform(get(address).with(MANAGER)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    @Test
    void the_annual_report_page_has_every_section_of_a_council_s_report() throws Exception {
        Document report = page("/reports/annual?from=2022-04-01&to=2023-03-31");

        assertThat(report.select("h1").text()).isEqualTo("Children’s social care complaints annual report 2022/23");
        assertThat(report.select("main h2.govuk-heading-l").eachText()).containsExactly(
                "Introduction and the law", "Summary", "Complaints, compliments and enquiries received",
                "Stage 1: local resolution", "Stage 2: investigation", "Stage 3: review panel", "Timeliness",
                "Escalation", "What complaints were about", "Who complained and how", "Equalities",
                "The Local Government and Social Care Ombudsman", "Remedies, payments and costs",
                "Alternative dispute resolution", "Learning and actions", "Compliments",
                "Enquiries from MPs and councillors", "Priorities for the coming year");
        assertThat(report.select("svg[role=img]")).isNotEmpty().allSatisfy(svg -> {
            assertThat(svg.select("title")).hasSize(1);
            assertThat(svg.select("desc")).hasSize(1);
            assertThat(svg.parent().parent().select("table")).hasSize(1);
        });
        assertThat(report.select("#table-volumes tbody tr").first().text()).isEqualTo("Stage 1 complaints 16 5 40");
        assertThat(report.text()).contains("The social worker listened to us and kept every promise.");
    }

    @Test
    void each_linked_number_lists_that_many_records() throws Exception {
        Document report = page("/reports/annual?from=2022-04-01&to=2023-03-31");
        Set<String> seen = new LinkedHashSet<>();
        List<String> mismatches = new ArrayList<>();
        for (Element link : report.select("main a[href*=/reports/records]")) {
            String address = link.attr("href");
            if (!seen.add(address + " " + link.text())) {
                continue;
            }
            Document records = page(address);
            String expected = link.text();
            long listed = records.select("main tbody tr").size();
            boolean money = expected.startsWith("£");
            String shown = money ? records.select("main p:contains(Total)").text().replace("Total: ", "")
                    : String.valueOf(listed);
            if (!shown.replace(",", "").equals(expected.replace(",", ""))) {
                mismatches.add(address + " shows " + expected + " but lists " + shown);
            }
        }
        assertThat(seen).hasSizeGreaterThan(100);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void alternative_dispute_resolution_and_learning_are_counted_from_the_records() throws Exception {
        Document report = page("/reports/annual?from=2022-04-01&to=2023-03-31");

        assertThat(report.select("#adr p").first().text()).isEqualTo(
                "The council held 3 conciliation meetings and mediations alongside the complaints procedure in the period.");
        assertThat(report.select("#adr p").get(1).text()).isEqualTo("In 2021/22 it held 1.");
        assertThat(report.select("#table-adr tbody tr").eachText()).containsExactly("Conciliation meeting 2", "Mediation 1");
        assertThat(report.select("#adr").text()).contains("Mediation and other alternative dispute resolution cost the council £200.00");
        assertThat(report.select("#learning p").first().text()).isEqualTo("The answers the council sent at each stage of"
                + " complaints in the period committed it to 3 actions.");
        assertThat(report.select("#learning p").get(1).text()).isEqualTo("In 2021/22 its answers committed it to 1.");
        assertThat(report.select("#table-actions tbody tr").eachText())
                .containsExactly("Safeguarding Safeguarding Team B 2", "Safeguarding No team 1");
        // The staff version lists the actions themselves, each linking to its case.
        assertThat(report.select("#table-action-list tbody tr").eachText()).containsExactly(
                "Return calls within two working days Safeguarding Safeguarding Team B " + council.x2.value(),
                "Share visit notes with parents Safeguarding Safeguarding Team B " + council.x2.value(),
                "Train duty staff in recording complaints Safeguarding No team " + council.x3.value());
        assertThat(report.select("#table-action-list tbody a").eachAttr("href")).containsExactly(
                "/cases/" + council.x2.value(), "/cases/" + council.x2.value(), "/cases/" + council.x3.value());

        Document published = page("/reports/annual?from=2022-04-01&to=2023-03-31&publicVersion=true");
        assertThat(published.select("#table-actions")).hasSize(1);
        assertThat(published.select("#table-action-list")).isEmpty();
    }

    @Test
    void a_drill_down_names_its_figure_and_links_each_case() throws Exception {
        Document records = page("/reports/records?measure=stage-decided&from=2022-04-01&to=2023-03-31&stage=1"
                + "&outcome=UPHELD");

        assertThat(records.select("h1").text()).isEqualTo("Complaints that reached an outcome at a stage");
        assertThat(records.select("main ul.govuk-list li").eachText()).containsExactly("Stage: Stage 1", "Outcome: Upheld");
        assertThat(records.select("main tbody th a").eachAttr("href"))
                .containsExactly("/cases/C06", "/cases/C18", "/cases/C01");
    }
}
