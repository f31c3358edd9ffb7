package heard.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import heard.reporting.ReportDocument.Bar;
import heard.reporting.ReportDocument.Block;
import heard.reporting.ReportDocument.Cell;
import heard.reporting.ReportDocument.Chart;
import heard.reporting.ReportDocument.Inline;
import heard.reporting.ReportDocument.Narrative;
import heard.reporting.ReportDocument.Paragraph;
import heard.reporting.ReportDocument.Quotation;
import heard.reporting.ReportDocument.Section;
import heard.reporting.ReportDocument.Table;
import heard.reporting.ReportDocument.Text;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Writes a report as a Word document on a styled template: Heard's own
 * ({@code reporting/report-template.docx}), or the council's, named by {@code heard.reporting.docx-template}.
 * The template's body is replaced by the report; its styles (Title, Subtitle, Heading 1, Caption, Quote, Heard
 * Table), page set-up, header and footer are kept, with {@code {{council}}} and {@code {{title}}} in the
 * header or footer filled in. Charts are Word's own bar charts, with the same numbers in a table below.
 */
@Component
class DocxReport {

    static final String TABLE_STYLE = "HeardTable";
    private static final int CHART_WIDTH_EMU = 5_400_000;
    private static final int ROW_HEIGHT_EMU = 330_000;

    private final Resource template;

    DocxReport(@Value("${heard.reporting.docx-template:}") String templatePath) {
        this.template = templatePath.isBlank() ? new ClassPathResource("reporting/report-template.docx")
                : new FileSystemResource(templatePath);
    }

    byte[] write(ReportDocument document) {
        try (InputStream in = template.getInputStream(); XWPFDocument docx = new XWPFDocument(in)) {
            for (int i = docx.getBodyElements().size() - 1; i >= 0; i--) {
                docx.removeBodyElement(i);
            }
            fillIn(docx, document);
            docx.getProperties().getCoreProperties().setTitle(document.title());
            docx.getProperties().getCoreProperties().setCreator(document.councilName());
            docx.getProperties().getCoreProperties().setSubjectProperty(document.title());

            styled(docx, "Title").createRun().setText(document.title());
            styled(docx, "Subtitle").createRun().setText(document.councilName());
            XWPFParagraph dates = docx.createParagraph();
            dates.createRun().setText(document.startText() + " – " + document.endText());
            for (Section section : document.sections()) {
                styled(docx, "Heading1").createRun().setText(section.heading());
                for (Block block : section.blocks()) {
                    write(docx, block);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report as a Word document from " + template, e);
        }
    }

    private void write(XWPFDocument docx, Block block) {
        if (block instanceof Paragraph p) {
            XWPFParagraph paragraph = docx.createParagraph();
            for (Inline part : p.parts()) {
                XWPFRun run = paragraph.createRun();
                if (part instanceof Text text) {
                    run.setText(text.text());
                } else {
                    run.setText(((ReportDocument.Number) part).cell().text());
                    run.setBold(true);
                }
            }
        } else if (block instanceof Narrative n) {
            if (n.isEmpty() && n.missing() != null) {
                docx.createParagraph().createRun().setText(n.missing());
            }
            n.paragraphs().forEach(text -> docx.createParagraph().createRun().setText(text));
        } else if (block instanceof Table t) {
            table(docx, t);
        } else if (block instanceof Chart c) {
            chart(docx, c);
            table(docx, c.table());
        } else if (block instanceof Quotation q) {
            styled(docx, "Quote").createRun().setText("“" + q.text() + "”");
        }
    }

    private static void table(XWPFDocument docx, Table t) {
        styled(docx, "Caption").createRun().setText(t.caption());
        XWPFTable table = docx.createTable(t.rows().size() + 1, t.headers().size());
        table.setStyleID(TABLE_STYLE);
        table.setWidth("100%");
        CTTblPr properties = table.getCTTbl().getTblPr();
        properties.addNewTblCaption().setVal(t.caption());
        properties.addNewTblLook().setVal(new byte[] {0x04, (byte) 0xA0});
        properties.getTblW().setType(STTblWidth.PCT);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < t.headers().size(); c++) {
            cell(header.getCell(c), t.headers().get(c), t.isNumeric(c), true);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<Cell> row = t.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                cell(table.getRow(r + 1).getCell(c), row.get(c).text(), t.isNumeric(c), c == 0);
            }
        }
        docx.createParagraph();
    }

    private static void cell(XWPFTableCell cell, String text, boolean numeric, boolean bold) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        if (numeric) {
            paragraph.setAlignment(ParagraphAlignment.RIGHT);
        }
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
    }

    /** A Word bar chart of the chart's bars, described for screen readers by its title and values. */
    private static void chart(XWPFDocument docx, Chart c) {
        if (c.bars().isEmpty()) {
            return;
        }
        try {
            XWPFRun run = docx.createParagraph().createRun();
            XWPFChart chart = docx.createChart(run, CHART_WIDTH_EMU, ROW_HEIGHT_EMU * (c.bars().size() + 2));
            chart.setTitleText(c.title());
            chart.setTitleOverlay(false);
            String[] labels = c.bars().stream().map(Bar::label).toArray(String[]::new);
            Double[] values = c.bars().stream().map(Bar::value).toArray(Double[]::new);
            XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
            XDDFValueAxis axis = chart.createValueAxis(AxisPosition.BOTTOM);
            axis.setMinimum(0);
            if (c.percentages()) {
                axis.setMaximum(100);
            }
            XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, axis);
            data.setBarDirection(BarDirection.BAR);
            data.setVaryColors(false);
            XDDFChartData.Series series = data.addSeries(
                    XDDFDataSourcesFactory.fromArray(labels, chart.formatRange(new org.apache.poi.ss.util.CellRangeAddress(
                            1, labels.length, 0, 0)), 0),
                    XDDFDataSourcesFactory.fromArray(values, chart.formatRange(new org.apache.poi.ss.util.CellRangeAddress(
                            1, values.length, 1, 1)), 1));
            series.setTitle(c.title(), null);
            chart.plot(data);
            // The drawing's description is what Word's "alt text" shows and screen readers read.
            run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr()
                    .setDescr(c.title() + ". " + SvgBarChart.values(c));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IOException e) {
            throw new IllegalStateException("Word could not take the chart " + c.id(), e);
        }
    }

    private static XWPFParagraph styled(XWPFDocument docx, String style) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setStyle(style);
        return paragraph;
    }

    /** Fills in {@code {{council}}} and {@code {{title}}} wherever the template's header and footer use them. */
    private static void fillIn(XWPFDocument docx, ReportDocument document) {
        List<XWPFHeaderFooter> parts = new java.util.ArrayList<>(docx.getHeaderList());
        parts.addAll(docx.getFooterList());
        for (XWPFHeaderFooter part : parts) {
            for (XWPFParagraph paragraph : part.getParagraphs()) {
                String text = paragraph.getText();
                if (text.contains("{{council}}") || text.contains("{{title}}")) {
                    String filled = text.replace("{{council}}", document.councilName()).replace("{{title}}", document.title());
                    List<XWPFRun> runs = paragraph.getRuns();
                    runs.get(0).setText(filled, 0);
                    for (int i = runs.size() - 1; i > 0; i--) {
                        paragraph.removeRun(i);
                    }
                }
            }
        }
    }
}
