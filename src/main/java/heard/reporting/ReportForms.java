package heard.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.annotation.PreDestroy;
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

    /** A few: writing a PDF keeps a core busy while the request's own thread writes the other forms. */
    static final int WRITERS = 2;

    private final ReportFigures reportFigures;
    private final ReportBuilder builder;
    private final PdfReport pdf;
    private final DocxReport docx;
    private final ITemplateEngine templates;
    private final JsonMapper json;
    /**
     * Writers of PDFs beside the requests' threads, at most {@link #WRITERS} across Heard. With none free a request
     * writes its PDF itself, at once: it never waits in a queue behind other staff's reports.
     */
    private final ExecutorService writers = new ThreadPoolExecutor(0, WRITERS, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "report-pdf");
                t.setDaemon(true);
                return t;
            }, (pdfToWrite, busy) -> pdfToWrite.run());

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
        // The PDF takes longest to write: beside the others when a writer is free, otherwise here, first.
        Future<byte[]> pdfWritten = writers.submit(() -> pdf.write(document));
        byte[] page = templates.process("reporting/webpage", new Context(Locale.UK, Map.of("document", document)))
                .getBytes(StandardCharsets.UTF_8);
        byte[] word = docx.write(document);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            add(zip, ReportsController.fileName(document, "html"), page);
            add(zip, ReportsController.fileName(document, "pdf"), written(pdfWritten));
            add(zip, ReportsController.fileName(document, "docx"), word);
            if (!publicVersion) {
                // The figures unsuppressed: for staff, never in the version to publish.
                add(zip, ReportsController.fileName(document, "figures.json"), json.writeValueAsBytes(figures));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(ReportsController.fileName(document, "zip"), bytes.toByteArray());
    }

    @PreDestroy
    void stop() {
        writers.shutdownNow();
    }

    private static byte[] written(Future<byte[]> form) {
        try {
            return form.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new IllegalStateException("Could not write the report", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing the report", e);
        }
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
