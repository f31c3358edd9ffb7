package heard.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes a report as a tagged PDF (PDF/UA): its structure (headings, paragraphs, tables, and charts as
 * bars with their labels and values in text) in the document, its title shown as the window title, its language English (UK),
 * Liberation Sans embedded, on A4 with the council's name and page numbers on every page.
 */
@Component
class PdfReport {

    static final String FONT = "Liberation Sans";

    private final ITemplateEngine templates;
    private final byte[] regular;
    private final byte[] bold;
    private final byte[] italic;

    PdfReport(ITemplateEngine templates) {
        this.templates = templates;
        // OpenHTMLtoPDF logs to the console by itself unless told to use SLF4J, where Heard's logging settings apply.
        XRLog.setLoggerImpl(new Slf4jLogger());
        this.regular = font("LiberationSans-Regular.ttf");
        this.bold = font("LiberationSans-Bold.ttf");
        this.italic = font("LiberationSans-Italic.ttf");
    }

    byte[] write(ReportDocument document) {
        String html = templates.process("reporting/print", new Context(Locale.UK, Map.of("document", document)));
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
            throw new UncheckedIOException("Could not write the report as a PDF", e);
        }
        return pdf.toByteArray();
    }

    private static byte[] font(String file) {
        try (InputStream in = new ClassPathResource("reporting/fonts/" + file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Heard's report font " + file + " is missing from the application", e);
        }
    }
}
