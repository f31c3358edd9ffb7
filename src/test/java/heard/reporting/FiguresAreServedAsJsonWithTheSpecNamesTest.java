package heard.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import heard.commandline.Command;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The figures JSON, from the web and from the command line, in the spec's names, with its nulls written out. */
@HandCountedCouncilTest
class FiguresAreServedAsJsonWithTheSpecNamesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ReportCommand command;

    JsonNode fromTheWeb() throws Exception {
        String body = mvc.perform(get("/reports/figures.json?from=2022-04-01&to=2023-03-31")
                        .with(user("sue.senior").roles("SENIOR_MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    @Test
    void a_reader_of_reports_gets_the_figures_with_the_spec_s_names_in_its_order() throws Exception {
        JsonNode figures = fromTheWeb();

        List<String> names = new ArrayList<>();
        figures.propertyNames().forEach(names::add);
        assertThat(names).containsExactly("period", "received", "stages", "stage3Panels", "escalation", "issues",
                "complainantRoles", "channels", "advocacy", "children", "ombudsman", "remedies", "costs", "adr", "actions",
                "compliments", "memberEnquiries", "quarters", "comparison", "learning", "ombudsmanRemedies");
        assertThat(figures.at("/period/label").asString()).isEqualTo("2022/23");
        assertThat(figures.at("/period/start").asString()).isEqualTo("2022-04-01");
        assertThat(figures.at("/stages/1/outcomes/partiallyUpheld").asLong()).isEqualTo(2);
        assertThat(figures.at("/stages/1/timeliness/onTime").asLong()).isEqualTo(9);
        assertThat(figures.at("/complainantRoles/1/role").asString()).isEqualTo("parent_relative");
        assertThat(figures.at("/ombudsman/decisions/0/decision").asString()).isEqualTo("not_upheld_no_fault");
        assertThat(figures.at("/costs/independentPerson").decimalValue()).isEqualByComparingTo("350.50");
        assertThat(figures.at("/escalation/stage1to2").asDouble()).isEqualTo(0.1875);
        assertThat(figures.at("/comparison/0/escalation/stage2to3").isNull()).isTrue();
        assertThat(figures.at("/adr/held").asLong()).isEqualTo(3);
        assertThat(figures.at("/adr/byKind/0/kind").asString()).isEqualTo("conciliation_meeting");
        assertThat(figures.at("/actions/committed").asLong()).isEqualTo(3);
        assertThat(figures.at("/actions/byTeam/1/team").isNull()).isTrue();
        assertThat(figures.at("/actions/byTeam/1").has("teamId")).isFalse();
        assertThat(figures.at("/comparison/0/adrHeld").asLong()).isEqualTo(1);
        assertThat(figures.at("/comparison/1/actionsCommitted").isNull()).isTrue();
    }

    @Test
    void a_record_without_a_team_is_counted_under_a_team_written_as_null() throws Exception {
        JsonNode byTeam = fromTheWeb().at("/stages/1/byTeam");

        JsonNode noTeam = byTeam.get(3);
        assertThat(noTeam.has("team")).isTrue();
        assertThat(noTeam.get("team").isNull()).isTrue();
        assertThat(noTeam.get("serviceArea").asString()).isEqualTo("Safeguarding");
        JsonNode neither = byTeam.get(4);
        assertThat(neither.get("serviceArea").isNull()).isTrue();
        assertThat(neither.get("team").isNull()).isTrue();
        assertThat(neither.has("teamId")).isFalse();
    }

    @Test
    void the_report_command_prints_the_same_figures_and_nothing_else() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = command.run(List.of("--from", "2022-04-01", "--to", "2023-03-31"), new PrintStream(out, true),
                new PrintStream(err, true));

        assertThat(exit).isEqualTo(Command.OK);
        assertThat(json.readTree(out.toString(StandardCharsets.UTF_8))).isEqualTo(fromTheWeb());
    }

    @Test
    void the_report_command_refuses_a_wrong_command_line_with_exit_code_2() {
        for (List<String> wrong : List.of(List.of("--from", "2022-04-01"), List.of("--from", "1/4/2022", "--to", "2023-03-31"),
                List.of("--from", "2023-04-01", "--to", "2022-03-31"),
                List.of("--from", "2022-04-01", "--to", "2023-03-31", "--format", "xls"), List.of("--colour", "red"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertThat(command.run(wrong, new PrintStream(out), new PrintStream(err))).as("%s", wrong)
                    .isEqualTo(Command.USAGE);
            assertThat(out.size()).isZero();
            assertThat(err.toString(StandardCharsets.UTF_8)).isNotBlank();
        }
    }

    @Test
    void the_report_command_writes_the_annual_report_to_a_file_in_each_format() throws Exception {
        for (String format : List.of("html", "pdf", "docx")) {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("report", "." + format);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = command.run(List.of("--from", "2022-04-01", "--to", "2023-03-31", "--format", format, "--out",
                    file.toString()), new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));
            assertThat(exit).isEqualTo(Command.OK);
            assertThat(out.size()).isZero();
            byte[] written = java.nio.file.Files.readAllBytes(file);
            String start = new String(written, 0, 5, StandardCharsets.ISO_8859_1);
            assertThat(start).isEqualTo(switch (format) {
                case "html" -> "<!DOC";
                case "pdf" -> "%PDF-";
                default -> "PK\u0003\u0004" + start.charAt(4);
            });
            java.nio.file.Files.delete(file);
        }
    }
}
