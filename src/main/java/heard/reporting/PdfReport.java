package heard.reporting;

import java.util.Locale;
import java.util.Map;

import heard.web.TaggedPdf;
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

    private final ITemplateEngine templates;
    private final TaggedPdf pdf;

    PdfReport(ITemplateEngine templates, TaggedPdf pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    byte[] write(ReportDocument document) {
        return pdf.write(templates.process("reporting/print", new Context(Locale.UK, Map.of("document", document))));
    }
}
