package heard.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report in all its forms at once, in one ZIP file: the web page to publish (one self-contained HTML file), the
 * tagged PDF and the Word document, and for staff the figures as JSON. The figures are computed once, when the
 * request is made, and every form is written from them, so the forms agree with each other and with the records as
 * they were at that moment; nothing is kept for a later request, so a change to the records shows in the next one.
 */
@Component
class ReportForms {

    private final ReportFigures reportFigures;
    private final ReportBuilder builder;
    private final PdfReport pdf;
    private final DocxReport docx;
    private final ITemplateEngine templates;
    private final JsonMapper json;

    ReportForms(ReportFigures reportFigures, ReportBuilder builder, PdfReport pdf, DocxReport docx, ITemplateEngine templates,
                JsonMapper json) {
        this.reportFigures = reportFigures;
        this.builder = builder;
        this.pdf = pdf;
        this.docx = docx;
        this.templates = templates;
        this.json = json;
    }

    /** The report's forms, written from one computation of the period's figures. */
    Written write(ReportKind kind, ReportPeriod period, boolean publicVersion) {
        Figures figures = reportFigures.compute(period);
        // Unlinked: a published page, a PDF and a Word document cannot reach Heard's records.
        ReportDocument document = builder.build(kind, period, figures, publicVersion, false);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            add(zip, ReportsController.fileName(document, "html"), templates.process("reporting/webpage",
                    new Context(Locale.UK, Map.of("document", document))).getBytes(StandardCharsets.UTF_8));
            add(zip, ReportsController.fileName(document, "pdf"), pdf.write(document));
            add(zip, ReportsController.fileName(document, "docx"), docx.write(document));
            if (!publicVersion) {
                // The figures unsuppressed: for staff, never in the version to publish.
                add(zip, ReportsController.fileName(document, "figures.json"), json.writeValueAsBytes(figures));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(ReportsController.fileName(document, "zip"), bytes.toByteArray());
    }

    /** The ZIP file and the name to save it under. */
    record Written(String fileName, byte[] zip) {
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
