package heard.interchange.web;

import static heard.interchange.CaseLogFiles.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import heard.casework.References;
import heard.interchange.CaseLogFiles;
import heard.interchange.jobs.ImportJobs;
import heard.testing.DatabaseTest;
import heard.testing.SignedIn;
import heard.testing.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DatabaseTest
@AutoConfigureMockMvc
class ImportingThroughThePagesTest {

    private static final RequestPostProcessor MANAGER = user("clare").roles("COMPLAINTS_MANAGER");

    @Autowired
    MockMvc mvc;
    @Autowired
    ImportJobs jobs;
    @Autowired
    References references;
    @Autowired
    heard.audit.AuditTrail audit;
    @Autowired
    TestClock clock;
    @TempDir
    Path dir;

    String prefix;

    @BeforeEach
    void today() {
        clock.setDate(LocalDate.of(2025, 6, 2));
        prefix = "W" + System.nanoTime() % 1_000_000;
    }

    private List<Map<String, String>> log(String summary) {
        return List.of(
                row("reference=" + prefix + "-1", "record_type=complaint", "procedure=corporate", "received=2025-02-03",
                        "service_area=Web Area " + prefix, "team=Web Team " + prefix, "summary=" + summary),
                row("reference=" + prefix + "-2", "record_type=compliment", "received=2025-02-04", "summary=Thanks"));
    }

    private long upload(String name, byte[] content, String... options) throws Exception {
        var request = multipart("/case-log/import").file(new MockMultipartFile("file", name, "text/csv", content))
                .with(MANAGER).with(csrf());
        for (String option : options) {
            request.param("options", option);
        }
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        jobs.awaitStep(id, Duration.ofSeconds(30));
        return id;
    }

    private Document page(long id) throws Exception {
        return Jsoup.parse(mvc.perform(get("/case-log/import/" + id).with(MANAGER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private void confirm(long id) throws Exception {
        mvc.perform(post("/case-log/import/" + id + "/confirm").with(MANAGER).with(csrf()))
                .andExpect(status().is3xxRedirection());
        jobs.awaitStep(id, Duration.ofSeconds(30));
    }

    @Test
    void aFileIsCheckedThenTheNamesItNeedsAreConfirmedThenItIsImported() throws Exception {
        long id = upload("council.csv", Files.readAllBytes(CaseLogFiles.csv(dir, "council.csv", log("Late reply"))));

        Document checked = page(id);
        assertThat(checked.select("h1").text()).isEqualTo("Check what importing council.csv will do");
        assertThat(checked.select(".govuk-summary-list").text()).contains("Complaints to add 1", "Compliments to add 1");
        assertThat(checked.select("main").text()).contains("Web Area " + prefix, "Web Team " + prefix + ", in Web Area " + prefix);
        assertThat(checked.select("button").eachText()).contains("Create these names and import the file");
        assertThat(references.taken(List.of(prefix + "-1"))).isEmpty();

        confirm(id);

        Document imported = page(id);
        assertThat(imported.select(".govuk-panel__title").text()).isEqualTo("council.csv imported");
        assertThat(imported.select(".govuk-panel__body").text()).startsWith("2 records added");
        assertThat(references.taken(List.of(prefix + "-1", prefix + "-2"))).hasSize(2);

        long again = upload("council.csv", Files.readAllBytes(CaseLogFiles.csv(dir, "council.csv", log("Late reply"))));
        assertThat(page(again).select("main").text())
                .contains("Nothing to import: all 2 records in the file are already in Heard, unchanged.");
    }

    @Test
    void anUpdateShowsEachChangeBeforeItIsMade() throws Exception {
        confirm(upload("first.csv", Files.readAllBytes(CaseLogFiles.csv(dir, "first.csv", log("Late reply")))));

        long id = upload("second.csv", Files.readAllBytes(CaseLogFiles.csv(dir, "second.csv", log("Very late reply"))),
                CaseLogController.UPDATE);

        Document checked = page(id);
        assertThat(checked.select("table tbody tr").eachText())
                .containsExactly(prefix + "-1 summary Late reply Very late reply");
        confirm(id);
        assertThat(page(id).select(".govuk-panel__body").text()).startsWith("0 records added, 1 updated");
    }

    @Test
    void aFileWithProblemsListsThemAndTheListDownloads() throws Exception {
        byte[] bad = ("reference,record_type,received,colour\n" + prefix + "-9,complaint,31/02/2025,red\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        long id = upload("bad.csv", bad);

        Document rejected = page(id);
        assertThat(rejected.select("h1").text()).isEqualTo("bad.csv has problems");
        assertThat(rejected.select("table tbody tr").eachText()).containsExactly(
                "1 colour there is no such column in the case log. Rename it, remove it, or choose to ignore unknown columns.",
                "2 procedure enter the procedure: every complaint is statutory, corporate or non_qualifying",
                "2 received '31/02/2025' is not a real date");
        String csv = mvc.perform(get("/case-log/import/" + id + "/problems.csv").with(MANAGER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).containsExactly("\uFEFFrow,column,problem",
                "1,colour,\"there is no such column in the case log. Rename it, remove it, or choose to ignore unknown columns.\"",
                "2,procedure,\"enter the procedure: every complaint is statutory, corporate or non_qualifying\"",
                "2,received,'31/02/2025' is not a real date");
        assertThat(references.taken(List.of(prefix + "-9"))).isEmpty();

        long ignoring = upload("bad.csv", bad, CaseLogController.IGNORE_UNKNOWN_COLUMNS);
        assertThat(page(ignoring).select("table tbody tr")).hasSize(2);
    }

    @Test
    void theExportPageDownloadsThePeriodAsked() throws Exception {
        confirm(upload("first.csv", Files.readAllBytes(CaseLogFiles.csv(dir, "first.csv", log("Late reply")))));
        // The export asks for the password again unless it was given in the last few minutes (SignInAgainBeforeExportingTest).
        RequestPostProcessor justSignedIn = user("clare").authorities(new SimpleGrantedAuthority("ROLE_COMPLAINTS_MANAGER"),
                SignedIn.passwordGivenAt(clock.instant()));

        var response = mvc.perform(post("/case-log/export").with(justSignedIn).with(csrf())
                        .param("from.day", "3").param("from.month", "2").param("from.year", "2025")
                        .param("to.day", "3").param("to.month", "2").param("to.year", "2025").param("format", "CSV"))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getHeader("Content-Disposition")).contains("case-log-2025-06-02.csv");
        Map<String, Map<String, String>> rows = CaseLogFiles.read(response.getContentAsByteArray());
        assertThat(rows).containsKey(prefix + "-1").doesNotContainKey(prefix + "-2");
        assertThat(audit.history(new heard.audit.AuditSubject("case-log", "export")))
                .anySatisfy(e -> assertThat(e.actor()).isEqualTo("clare"));

        Document refused = Jsoup.parse(mvc.perform(post("/case-log/export").with(justSignedIn).with(csrf())
                        .param("from.day", "3").param("from.month", "2").param("from.year", "2025")
                        .param("to.day", "1").param("to.month", "2").param("to.year", "2025").param("format", "CSV"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select(".govuk-error-summary").text()).contains("The end of the period must be on or after 3 February 2025");
    }

    @Test
    void onlyComplaintsManagersImportAndOnlyAdministratorsLoadSampleData() throws Exception {
        mvc.perform(get("/case-log").with(user("olive").roles("COMPLAINTS_OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(get("/case-log").with(MANAGER)).andExpect(status().isOk());
        mvc.perform(get("/settings/sample-data").with(MANAGER)).andExpect(status().isForbidden());
        Document sample = Jsoup.parse(mvc.perform(get("/settings/sample-data").with(user("ada").roles("ADMINISTRATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(sample.select("h1").text()).isEqualTo("Sample data");
    }
}
