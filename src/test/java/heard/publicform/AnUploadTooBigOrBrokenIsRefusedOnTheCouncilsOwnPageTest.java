package heard.publicform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import heard.organisation.Organisation;
import heard.testing.DatabaseTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@link RequestLimits} refuses a post too big to read, or whose body cannot be read, before security or a session
 * is in play: the page is still the council's, with its header and footer, says what the limit is in the GOV.UK
 * error summary, and starts no session.
 */
@DatabaseTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnUploadTooBigOrBrokenIsRefusedOnTheCouncilsOwnPageTest {

    @LocalServerPort
    int port;
    @Autowired
    Organisation organisation;

    @Test
    void sixtyMegabytesSaidUpFrontAreRefusedWithTheLimitBeforeAnyIsRead() throws IOException {
        String response = send("Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 60000000\r\n", "");

        assertThat(response).startsWith("HTTP/1.1 413");
        Document page = page(response);
        assertThat(page.title()).isEqualTo("Error: The files are too big – Children's services feedback – " + organisation.councilName());
        assertTheCouncilsPage(page);
        assertThat(page.select(".govuk-error-summary__title").text()).isEqualTo("There is a problem");
        assertThat(page.select(".govuk-error-summary__list li").text())
                .isEqualTo("The files must be 10 MB or smaller each, and you can send up to 5");
        assertThat(page.select("h1").text()).isEqualTo("The files are too big");
    }

    @Test
    void aMultipartBodyThatIsNotOneIsRefusedAsUnreadable() throws IOException {
        String body = "--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.pdf\"\r\n\r\nhalf a file";
        String response = send("Content-Type: multipart/form-data; boundary=b\r\nContent-Length: " + body.length()
                + "\r\n", body);

        assertThat(response).startsWith("HTTP/1.1 400");
        Document page = page(response);
        assertTheCouncilsPage(page);
        assertThat(page.select(".govuk-error-summary__list li").text()).isEqualTo("The form did not arrive as it was sent");
        assertThat(page.select("h1").text()).isEqualTo("Sorry, we could not read what was sent");
    }

    private void assertTheCouncilsPage(Document page) {
        assertThat(page.select("header .govuk-generic-header").text()).contains(organisation.councilName());
        assertThat(page.select("header .govuk-service-navigation").text()).contains("Children's services feedback");
        assertThat(page.select(".govuk-footer").text()).contains("© " + organisation.councilName());
        assertThat(page.select("a.govuk-skip-link").attr("href")).isEqualTo("#main-content");
        assertThat(page.select("main a.govuk-link").attr("href")).isEqualTo("/feedback");
        assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("/assets/heard.css");
    }

    /** Raw bytes with no cookie: no session, nothing security has seen. The head must show no session was started. */
    private String send(String headers, String body) throws IOException {
        String text = RawRequests.page(port, "POST /feedback/complaint/files HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Accept: text/html\r\n" + headers + "Connection: close\r\n\r\n" + body);
        assertThat(text.substring(0, text.indexOf("\r\n\r\n")).toLowerCase()).doesNotContain("set-cookie");
        return text;
    }

    private static Document page(String response) {
        return Jsoup.parse(response.substring(response.indexOf("\r\n\r\n") + 4));
    }
}
