package heard.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Writes an HTML page as a tagged PDF (PDF/UA): its structure (headings, paragraphs, lists, tables) in the
 * document, with Liberation Sans embedded. The page's own CSS sets the paper, margins and running headers;
 * its {@code <title>} and {@code lang} become the document's title and language.
 */
@Component
public class TaggedPdf {

    public static final String FONT = "Liberation Sans";

    private final byte[] regular;
    private final byte[] bold;
    private final byte[] italic;

    TaggedPdf() {
        // OpenHTMLtoPDF logs to the console by itself unless told to use SLF4J, where Heard's logging settings apply.
        XRLog.setLoggerImpl(new Slf4jLogger());
        this.regular = font("LiberationSans-Regular.ttf");
        this.bold = font("LiberationSans-Bold.ttf");
        this.italic = font("LiberationSans-Italic.ttf");
    }

    public byte[] write(String html) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(italic), FONT, 400, BaseRendererBuilder.FontStyle.ITALIC, true);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.withProducer("Heard");
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF", e);
        }
        return pdf.toByteArray();
    }

    private static byte[] font(String file) {
        try (InputStream in = new ClassPathResource("reporting/fonts/" + file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Heard's PDF font " + file + " is missing from the application", e);
        }
    }
}
