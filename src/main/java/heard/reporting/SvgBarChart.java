package heard.reporting;

import java.util.stream.Collectors;

import heard.reporting.ReportDocument.Bar;
import heard.reporting.ReportDocument.Chart;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a report's bar chart as SVG: one horizontal bar per value, its label above it and its value at its
 * end, so that long team names are never cut short. The chart is an image with a title and a description
 * that reads out every value (and the same numbers stand in a table beside it), in GOV.UK colours and
 * Arial, with presentation attributes only, which the pages' content security policy allows.
 */
final class SvgBarChart {

    static final int WIDTH = 640;
    private static final int ROW = 46;
    private static final int TOP = 4;
    private static final int BAR = 20;
    private static final int VALUE_SPACE = 110;
    private static final String TEXT_COLOUR = "#0b0c0c";
    private static final String BAR_COLOUR = "#1d70b8";

    private SvgBarChart() {
    }

    /** For a web page: as wide as its column, its height following. */
    static String forPage(Chart chart) {
        return svg(chart, "width=\"100%\"");
    }

    private static int height(Chart chart) {
        return TOP + ROW * Math.max(1, chart.bars().size());
    }

    private static String svg(Chart chart, String size) {
        String id = chart.id();
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height(chart)).append("\" ").append(size).append(" font-family=\"Arial, sans-serif\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(chart.title())).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(chart.description())).append(' ')
                .append(escape(values(chart))).append("</desc>");
        double max = chart.percentages() ? 100 : chart.max();
        int y = TOP;
        for (Bar bar : chart.bars()) {
            int length = max <= 0 ? 0 : (int) Math.round((WIDTH - VALUE_SPACE) * bar.value() / max);
            svg.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"16\" fill=\"").append(TEXT_COLOUR)
                    .append("\">").append(escape(bar.label())).append("</text>")
                    .append("<rect x=\"0\" y=\"").append(y + 21).append("\" width=\"").append(length)
                    .append("\" height=\"").append(BAR).append("\" fill=\"").append(BAR_COLOUR).append("\"/>")
                    .append("<text x=\"").append(length + 6).append("\" y=\"").append(y + 37)
                    .append("\" font-size=\"16\" font-weight=\"bold\" fill=\"").append(TEXT_COLOUR).append("\">")
                    .append(escape(bar.text())).append("</text>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    /** Every value in words, for the description a screen reader reads. */
    static String values(Chart chart) {
        return chart.bars().stream().map(b -> b.label() + ": " + b.text()).collect(Collectors.joining("; ")) + ".";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
