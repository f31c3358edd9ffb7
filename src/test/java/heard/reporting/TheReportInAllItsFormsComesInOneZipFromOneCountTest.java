package heard.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import heard.casework.Casework;
import heard.casework.ComplaintDetails;
import heard.casework.NewComplaint;
import heard.casework.ProcedureKind;
import heard.testing.SignedIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Download web page, PDF and Word (ZIP)": the three forms of a report in one file, written from one count of the
 * figures made when it is asked for, so that they agree with each other and with the records as they are then; a
 * record logged a moment later is in the next download.
 */
@HandCountedCouncilTest
class TheReportInAllItsFormsComesInOneZipFromOneCountTest {

    private static final String TITLE = "Children’s social care complaints annual report 2022/23";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    Casework cases;

    Map<String, byte[]> zip(String query) throws Exception {
        byte[] body = mvc.perform(get("/reports/annual.zip?" + query).with(user("sue.senior").roles("SENIOR_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(body))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    /** Each form's words, by its file's extension. */
    static Map<String, String> texts(Map<String, byte[]> files) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String name = file.getKey();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            String text = switch (extension) {
                case "html", "json" -> new String(file.getValue(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", " ");
                case "pdf" -> {
                    try (PDDocument pdf = Loader.loadPDF(file.getValue())) {
                        PDFTextStripper stripper = new PDFTextStripper();
                        // Bold numbers are runs of their own: read in the order they stand on the page.
                        stripper.setSortByPosition(true);
                        yield stripper.getText(pdf);
                    }
                }
                case "docx" -> {
                    try (XWPFWordExtractor word = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(file.getValue())))) {
                        yield word.getText();
                    }
                }
                default -> throw new AssertionError("Not a form of the report: " + name);
            };
            texts.put(extension, text.replaceAll("(?U)\\s+", " "));
        }
        return texts;
    }

    @Test
    void the_staff_download_holds_the_web_page_the_PDF_the_Word_document_and_the_figures_they_were_written_from()
            throws Exception {
        Map<String, byte[]> files = zip("from=2022-04-01&to=2023-03-31");

        String name = "Children-s-social-care-complaints-annual-report-2022-23";
        assertThat(files).containsOnlyKeys(name + ".html", name + ".pdf", name + ".docx", name + ".figures.json");
        Map<String, String> texts = texts(files);
        for (String form : List.of("html", "pdf", "docx")) {
            // The hand-counted year's summary, in every form alike.
            assertThat(texts.get(form)).as(form).contains(TITLE, "the council received 16 Stage 1 complaints");
        }
        String page = new String(files.get(name + ".html"), StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"en-GB\"", "<svg")
                .doesNotContain("/reports/records", "<link", "<script");
        JsonNode figures = json.readTree(files.get(name + ".figures.json"));
        String served = mvc.perform(get("/reports/figures.json?from=2022-04-01&to=2023-03-31")
                .with(user("sue.senior").roles("SENIOR_MANAGER"))).andReturn().getResponse().getContentAsString();
        assertThat(figures).isEqualTo(json.readTree(served));
        assertThat(figures.at("/received/stage1").asLong()).isEqualTo(16);
    }

    @Test
    void the_public_download_has_the_three_forms_to_publish_and_not_the_unsuppressed_figures() throws Exception {
        Map<String, byte[]> files = zip("from=2022-04-01&to=2023-03-31&publicVersion=true");

        String name = "Children-s-social-care-complaints-annual-report-2022-23-public";
        assertThat(files).containsOnlyKeys(name + ".html", name + ".pdf", name + ".docx");
    }

    @Test
    void a_complaint_logged_after_one_download_is_in_the_next() throws Exception {
        // 2016/17: a year no other test of this council counts.
        String year = "from=2016-04-01&to=2017-03-31";
        Map<String, String> before = texts(zip(year));
        for (String form : List.of("html", "pdf", "docx")) {
            assertThat(before.get(form)).as(form).contains("the council received 0 Stage 1 complaints");
        }

        SignedIn.as("olive.officer", () -> cases.log(new NewComplaint(new ComplaintDetails(CaseLog.date("2016-06-01"), null,
                null, null, false, null, null, null, null, null, List.of(), List.of(), null, null, null),
                ProcedureKind.STATUTORY, null, null)));

        Map<String, String> after = texts(zip(year));
        for (String form : List.of("html", "pdf", "docx")) {
            assertThat(after.get(form)).as(form).contains("the council received 1 Stage 1 complaints");
        }
        assertThat(after.get("json")).contains("\"stage1\":1");
    }
}
