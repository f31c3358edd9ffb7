package heard.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes a report as a tagged PDF (PDF/UA): its structure (headings, paragraphs, tables, figures with
 * their descriptions) in the document, its title shown as the window title, its language English (UK),
 * Liberation Sans embedded, on A4 with the council's name and page numbers on every page.
 */
@Component
class PdfReport {

    static final String FONT = "Liberation Sans";

    private final ITemplateEngine templates;

    PdfReport(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] write(ReportDocument document) {
        String html = templates.process("reporting/print", new Context(Locale.UK, Map.of("document", document)));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("LiberationSans-Regular.ttf"), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("LiberationSans-Bold.ttf"), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("LiberationSans-Italic.ttf"), FONT, 400, BaseRendererBuilder.FontStyle.ITALIC, true);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.withProducer("Heard");
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report as a PDF", e);
        }
        return pdf.toByteArray();
    }

    private static InputStream font(String file) {
        try {
            return new ClassPathResource("reporting/fonts/" + file).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Heard's report font " + file + " is missing from the application", e);
        }
    }
}
