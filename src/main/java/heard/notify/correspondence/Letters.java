package heard.notify.correspondence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import heard.notify.outbox.SentMessage;
import heard.organisation.Organisation;
import heard.web.FormProblems;
import heard.web.TaggedPdf;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A letter to print and post, or to attach, from the same words as the email: as a tagged PDF (PDF/UA, Arial's
 * metric twin Liberation Sans embedded) and as a Word document the team can still edit. The council's name
 * and the team's contact details head it; the complainant's name and address go where a window envelope shows
 * them.
 */
@Component
public class Letters {

    private final ITemplateEngine templates;
    private final Organisation organisation;
    private final TaggedPdf pdf;

    Letters(ITemplateEngine templates, Organisation organisation, TaggedPdf pdf) {
        this.templates = templates;
        this.organisation = organisation;
        this.pdf = pdf;
    }

    /** What a letter says, whoever it is to. */
    record Letter(String council, String contact, String recipientName, String recipientAddress, String date,
                  String subject, String body) {
    }

    Letter of(SentMessage m) {
        var council = organisation.council();
        String contact = java.util.stream.Stream.of(council.contactAddress(), council.contactPhone(), council.contactEmail())
                .filter(s -> s != null && !s.isBlank()).reduce((a, b) -> a + "\n" + b).orElse("");
        LocalDate on = LocalDate.ofInstant(m.createdAt(), ZoneId.of("Europe/London"));
        return new Letter(organisation.councilName(), contact, m.recipientName(),
                m.recipientAddress() == null ? "" : m.recipientAddress(), on.format(FormProblems.GOVUK_DATE),
                m.subject(), m.body());
    }

    public byte[] pdf(SentMessage m) {
        return pdf.write(templates.process("notify/letter", new Context(Locale.UK, Map.of("letter", of(m)))));
    }

    public byte[] docx(SentMessage m) {
        Letter letter = of(m);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph head = doc.createParagraph();
            head.setAlignment(ParagraphAlignment.RIGHT);
            run(head, letter.council(), true);
            lines(head, letter.contact());
            XWPFParagraph to = doc.createParagraph();
            run(to, letter.recipientName() == null ? "" : letter.recipientName(), false);
            lines(to, letter.recipientAddress());
            run(doc.createParagraph(), letter.date(), false);
            XWPFParagraph subject = doc.createParagraph();
            subject.setStyle("Heading1");
            run(subject, letter.subject(), true);
            for (String paragraph : letter.body().split("\n\\s*\n")) {
                XWPFParagraph p = doc.createParagraph();
                String[] lines = paragraph.split("\n");
                run(p, lines[0], false);
                for (int i = 1; i < lines.length; i++) {
                    XWPFRun r = p.createRun();
                    r.addBreak();
                    r.setText(lines[i]);
                    r.setFontFamily("Arial");
                    r.setFontSize(12);
                }
            }
            doc.getProperties().getCoreProperties().setTitle(letter.subject());
            doc.getProperties().getCoreProperties().setCreator(letter.council());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the letter as a Word document", e);
        }
    }

    private static void run(XWPFParagraph p, String text, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontFamily("Arial");
        r.setFontSize(12);
    }

    private static void lines(XWPFParagraph p, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String line : text.split("\n")) {
            XWPFRun r = p.createRun();
            r.addBreak();
            r.setText(line);
            r.setFontFamily("Arial");
            r.setFontSize(12);
        }
    }
}
