package heard.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import heard.HeardApplication;
import heard.commandline.Command;
import heard.commandline.Commands;
import heard.testing.DatabaseTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bodies that compare councils see each council's figures and their totals: from the councils' case logs with
 * {@code report --input A --input B}, or from the figures files councils publish, on the comparison page. Two councils
 * that use the same references and the same team names are kept apart.
 */
@DatabaseTest
@AutoConfigureMockMvc
class CouncilsAreReportedSideBySideWithTheirTotalsTest {

    static final String HEADER = "reference,record_type,procedure,received,channel,service_area,team,issues,"
            + "stage1_response,stage1_outcome,stage2_requested,stage2_response,stage2_outcome,summary\n";

    /** North: three Stage 1 complaints, one escalated, and a compliment. */
    static final String NORTH = HEADER + """
            R-1,complaint,statutory,2022-12-16,telephone,Children in Care,Fostering,Communication,2023-01-04,upheld,,,,
            R-2,complaint,statutory,2022-12-16,email,Children in Care,Fostering,Communication,2023-01-05,not_upheld,2023-01-20,2023-02-28,partially_upheld,
            R-3,complaint,corporate,2022-06-01,letter,Children in Care,Adoption,,2022-06-10,partially_upheld,,,,
            R-4,compliment,,2022-07-01,,Children in Care,Fostering,,,,,,,Thank you
            """;

    /** South: the same references and the same team name, two complaints of its own. */
    static final String SOUTH = HEADER + """
            R-1,complaint,statutory,2022-05-03,telephone,Children in Care,Fostering,Placement,2022-05-10,not_upheld,,,,
            R-2,complaint,statutory,2022-09-01,web_form,Children in Care,Fostering,Placement,2022-10-20,upheld,,,,
            """;

    @TempDir
    Path folder;
    @Autowired
    MockMvc mvc;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void the_report_command_gives_each_council_s_figures_and_their_totals() throws Exception {
        Path north = Files.writeString(folder.resolve("north.csv"), NORTH);
        Path south = Files.writeString(folder.resolve("south.csv"), SOUTH);

        Run run = report("--input", north.toString(), "--input", south.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(Command.OK);
        JsonNode all = json.readTree(run.out());
        assertThat(all.at("/period/label").asString()).isEqualTo("2022/23");
        assertThat(all.at("/councils/0/council").asString()).isEqualTo("north");
        assertThat(all.at("/councils/0/figures/received/stage1").asLong()).isEqualTo(3);
        assertThat(all.at("/councils/0/figures/received/compliments").asLong()).isEqualTo(1);
        assertThat(all.at("/councils/1/council").asString()).isEqualTo("south");
        assertThat(all.at("/councils/1/figures/received/stage1").asLong()).isEqualTo(2);
        // The totals: counts added, rates worked out again from them, lists added entry by entry.
        assertThat(all.at("/total/received/stage1").asLong()).isEqualTo(5);
        assertThat(all.at("/total/received/stage2").asLong()).isEqualTo(1);
        assertThat(all.at("/total/escalation/stage1to2").asDouble()).isEqualTo(0.2);
        assertThat(all.at("/total/stages/1/outcomes/upheld").asLong()).isEqualTo(2);
        // Every Stage 1 answer of both councils is a response; those on time are each council's added up.
        assertThat(all.at("/total/stages/1/timeliness/responses").asLong()).isEqualTo(5);
        assertThat(all.at("/total/stages/1/timeliness/onTime").asLong())
                .isEqualTo(all.at("/councils/0/figures/stages/1/timeliness/onTime").asLong()
                        + all.at("/councils/1/figures/stages/1/timeliness/onTime").asLong());
        assertThat(all.at("/total/stages/1/byTeam/1/team").asString()).isEqualTo("Fostering");
        assertThat(all.at("/total/stages/1/byTeam/1/received").asLong()).isEqualTo(4);
        assertThat(all.at("/total/issues/0/issue").asString()).isIn("Communication", "Placement");
        assertThat(folder.resolve("configured")).doesNotExist();
    }

    @Test
    void several_case_logs_make_json_only() throws Exception {
        Path north = Files.writeString(folder.resolve("north.csv"), NORTH);

        Run run = report("--format", "pdf", "--input", north.toString(), "--input", north.toString());

        assertThat(run.exit()).isEqualTo(Command.USAGE);
        assertThat(run.err()).contains("--format json only");
    }

    record Run(int exit, String out, String err) {
    }

    /** {@code java -jar heard.jar report} for 2022/23 with these words, its database never the configured one. */
    Run report(String... words) {
        List<String> args = new ArrayList<>(List.of("report", "--from", "2022-04-01", "--to", "2023-03-31"));
        args.addAll(List.of(words));
        args.add("--heard.data-dir=" + folder.resolve("configured"));
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Commands.run(HeardApplication.class, args.toArray(String[]::new));
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(realOut);
            System.setErr(realErr);
        }
    }

    @Test
    void the_comparison_page_puts_councils_figures_side_by_side_with_their_totals() throws Exception {
        String figures = mvc.perform(get("/reports/figures.json?from=2022-04-01&to=2023-03-31")
                .with(user("sam.senior").roles("SENIOR_MANAGER"))).andReturn().getResponse().getContentAsString();
        JsonNode node = json.readTree(figures);
        long ours = node.at("/received/stage1").asLong();
        ((tools.jackson.databind.node.ObjectNode) node.get("received")).put("stage1", ours + 40);
        String busier = json.writeValueAsString(node);

        String page = mvc.perform(multipart("/reports/compare")
                        .file(new MockMultipartFile("files", "Northshire.json", "application/json", busier.getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("files", "Southshire.json", "application/json", figures.getBytes(StandardCharsets.UTF_8)))
                        .with(user("sam.senior").roles("SENIOR_MANAGER")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        Document html = Jsoup.parse(page);
        assertThat(html.select("thead th").eachText()).containsExactly("Northshire", "Southshire", "Total");
        assertThat(html.select("tbody tr").first().select("td").eachText()).containsExactly(
                String.format("%,d", ours + 40), String.format("%,d", ours), String.format("%,d", 2 * ours + 40));
    }

    @Test
    void a_file_that_is_not_figures_is_named_in_the_error_summary() throws Exception {
        String page = mvc.perform(multipart("/reports/compare")
                        .file(new MockMultipartFile("files", "north.csv", "text/csv", NORTH.getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("files", "south.json", "application/json", "{}".getBytes(StandardCharsets.UTF_8)))
                        .with(user("clare.manager").roles("COMPLAINTS_MANAGER")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(page).select(".govuk-error-summary").text())
                .contains("These files are not figures files from Heard: north, south");
    }

    @Test
    void only_staff_who_read_reports_may_compare() throws Exception {
        mvc.perform(get("/reports/compare").with(user("rita.responder").roles("RESPONDING_MANAGER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/compare").with(user("olly.officer").roles("COMPLAINTS_OFFICER")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Compare councils")));
    }
}
