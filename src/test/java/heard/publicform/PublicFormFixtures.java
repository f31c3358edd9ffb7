package heard.publicform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import heard.testing.Visitor;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Files of each kind, and a member of the public going through the form's pages. */
final class PublicFormFixtures {

    private PublicFormFixtures() {
    }

    static byte[] aPdf() {
        return "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] aPng() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
            0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};
    }

    static byte[] aWordDocument() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("files", name, "application/octet-stream", bytes);
    }

    /** Uploads files on the files page and goes on (or stays, to add more, when goOn is false). */
    static MvcResult upload(Visitor visitor, String path, boolean goOn, MockMultipartFile... files) throws Exception {
        var request = MockMvcRequestBuilders.multipart(path).with(csrf());
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        return goOn ? visitor.perform(request, "continue", "continue") : visitor.perform(request, "upload", "upload");
    }

    /**
     * Answers each page the form asks, from the answers given by the page's field; a page the answers do not
     * cover (the files page) is passed with Continue. Returns the address of the check page.
     */
    static String answer(Visitor visitor, String start, Map<String, String> answers) throws Exception {
        String at = visitor.get(start).getResponse().getRedirectedUrl();
        for (int pages = 0; pages < 20 && at != null && !at.endsWith("/check"); pages++) {
            Document page = Visitor.page(visitor.get(at));
            String field = page.select("form input:not([type=hidden]):not([name=website]), form textarea").stream()
                    .map(e -> e.attr("name")).filter(n -> !n.isEmpty()).findFirst().orElseThrow();
            MvcResult result = field.equals("files") ? upload(visitor, at, true)
                    : visitor.post(at, field, answers.getOrDefault(field, ""));
            assertThat(result.getResponse().getRedirectedUrl()).as("after %s, the page said %s", at,
                    Visitor.page(result).select(".govuk-error-summary").text()).isNotNull();
            at = result.getResponse().getRedirectedUrl();
        }
        assertThat(at).endsWith("/check");
        return at;
    }

    /** Sends from the check page; returns the reference on the confirmation page. */
    static String send(Visitor visitor, String check) throws Exception {
        String sent = visitor.post(check).getResponse().getRedirectedUrl();
        assertThat(sent).endsWith("/sent");
        return Visitor.page(visitor.get(sent)).select("#reference").text();
    }

    /** A form's fields as the browser would send them, with some changed. */
    static String[] formData(Document page, String formSelector, Map<String, String> changes) {
        FormElement form = (FormElement) page.selectFirst(formSelector);
        Map<String, List<String>> data = new LinkedHashMap<>();
        form.formData().forEach(kv -> data.computeIfAbsent(kv.key(), k -> new ArrayList<>()).add(kv.value()));
        changes.forEach((k, v) -> data.put(k, List.of(v)));
        List<String> flat = new ArrayList<>();
        data.forEach((k, values) -> values.forEach(v -> {
            flat.add(k);
            flat.add(v);
        }));
        return flat.toArray(String[]::new);
    }
}
