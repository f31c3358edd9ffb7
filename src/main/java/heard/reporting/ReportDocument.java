package heard.reporting;

import java.util.List;

/**
 * A report as sections of paragraphs, tables and charts, built once from the figures and the manager's
 * words, then written as a web page, a PDF and a Word document: the three carry the same sections and
 * tables because they render the same document.
 *
 * @param title         e.g. "Children's social care complaints annual report 2022/23"
 * @param councilName   the council whose report it is
 * @param publicVersion true for the version to publish, where small numbers may be suppressed
 * @param suppressed    true when numbers from 1 to 4 are shown as "fewer than 5"
 */
record ReportDocument(String title, String councilName, ReportPeriod period, ReportKind kind, boolean publicVersion,
                      boolean suppressed, List<Section> sections) {

    /** The first day, as GOV.UK writes dates (public: templates call it). */
    public String startText() {
        return period.start().format(heard.web.FormProblems.GOVUK_DATE);
    }

    /** The last day, as GOV.UK writes dates (public: templates call it). */
    public String endText() {
        return period.end().format(heard.web.FormProblems.GOVUK_DATE);
    }

    /** A section of the report, with an id for the contents list and links. */
    record Section(String id, String heading, List<Block> blocks) {
    }

    sealed interface Block permits Paragraph, Narrative, Table, Chart, Quotation {

        /** Which kind of block this is, for templates to choose how to write it. */
        default String kind() {
            return getClass().getSimpleName();
        }
    }

    /** A paragraph whose numbers may link to the records behind them. */
    record Paragraph(List<Inline> parts) implements Block {
    }

    /** The complaints manager's words; {@code missing} holds what to say when none are written yet. */
    record Narrative(String key, List<String> paragraphs, String missing) implements Block {

        /** True when none are written (public: templates call it). */
        public boolean isEmpty() {
            return paragraphs.isEmpty();
        }
    }

    /** A table whose first column names each row; {@code numeric} marks the columns of numbers. */
    record Table(String id, String caption, List<String> headers, List<List<Cell>> rows, List<Boolean> numeric)
            implements Block {

        /** Whether a column holds numbers (public: templates call it). */
        public boolean isNumeric(int column) {
            return numeric.get(column);
        }
    }

    /** A bar chart, drawn beside a table of the same numbers. */
    record Chart(String id, String title, String description, List<Bar> bars, boolean percentages, Table table)
            implements Block {

        double max() {
            return bars.stream().mapToDouble(Bar::value).max().orElse(0);
        }

        /** The chart as SVG for a web page (public: templates call it). */
        public String svgForPage() {
            return SvgBarChart.forPage(this);
        }

        /** A bar's length as a share of the widest, leaving room for its value (public: templates call it). */
        public int widthPercent(Bar bar) {
            double widest = percentages ? 100 : max();
            return widest <= 0 ? 0 : (int) Math.round(80 * bar.value() / widest);
        }
    }

    /** A bar: its label, its length, and the words for its value (which may be suppressed). */
    record Bar(String label, double value, String text) {
    }

    /** A compliment's own words, chosen for quotation. */
    record Quotation(String text) implements Block {
    }

    sealed interface Inline permits Text, Number {

        /** True for words, false for a number. */
        default boolean isText() {
            return this instanceof Text;
        }
    }

    record Text(String text) implements Inline {
    }

    /** A number in a sentence, which links to its records on the staff page. */
    record Number(Cell cell) implements Inline {
    }

    /** A table cell or a number in a sentence; {@code href} is null where it links nowhere. */
    record Cell(String text, String href, boolean numeric) {

        static Cell text(String text) {
            return new Cell(text == null ? "" : text, null, false);
        }
    }
}
