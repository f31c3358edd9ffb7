package heard.reporting;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

import heard.reporting.Measure.Dim;
import heard.reporting.ReportDocument.Cell;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * How a report writes its numbers: counts with thousands separators, rates as percentages to one
 * decimal place, money in pounds and pence; small numbers suppressed in a public version that asks
 * for it; and, on the staff page, each count a link to the records behind it.
 *
 * @param suppressed true when counts from 1 to 4, and what could reveal them, are not shown
 * @param linked     true when counts link to their drill-down
 * @param hidden     the words shown instead of a suppressed number
 */
record Numbers(boolean suppressed, boolean linked, String hidden) {

    static final Locale UK = Locale.UK;

    /** The number of payments to people behind an amount that is not made of them (a cost), never suppressed. */
    static final long NOT_ABOUT_PEOPLE = -1;

    /** Where the list of a figure's records is: its measure, period and dimension values (null for "none"). */
    static String drillDown(Measure measure, ReportPeriod period, Object... dimsAndValues) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/reports/records")
                .queryParam("measure", measure.slug())
                .queryParam("from", period.start())
                .queryParam("to", period.end());
        for (int i = 0; i < dimsAndValues.length; i += 2) {
            Dim dim = (Dim) dimsAndValues[i];
            Object value = dimsAndValues[i + 1];
            uri.queryParam(dim.column(), value == null ? DrillDown.NONE : String.valueOf(value));
        }
        return uri.encode().build().toUriString();
    }

    boolean isSmall(long n) {
        return suppressed && n >= 1 && n <= 4;
    }

    String count(long n) {
        return isSmall(n) ? hidden : NumberFormat.getIntegerInstance(UK).format(n);
    }

    /** A count linking to its records (on the staff page). */
    Cell count(long n, Measure measure, ReportPeriod period, Object... dimsAndValues) {
        boolean link = linked && !isSmall(n);
        return new Cell(count(n), link ? drillDown(measure, period, dimsAndValues) : null, true);
    }

    /** A number with no records behind it in Heard (a historical total), or unknown. */
    Cell plain(Long n) {
        return new Cell(n == null ? "–" : count(n), null, true);
    }

    /** A rate as a percentage; hidden when either of its numbers would be. */
    String percent(long numerator, long denominator) {
        if (denominator == 0) {
            return "–";
        }
        if (isSmall(numerator) || isSmall(denominator)) {
            return hidden;
        }
        return percent((double) numerator / denominator);
    }

    static String percent(Double rate) {
        if (rate == null) {
            return "–";
        }
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(UK)).format(rate * 100) + "%";
    }

    Cell rate(long numerator, long denominator) {
        return new Cell(percent(numerator, denominator), null, true);
    }

    /** An amount; hidden when it is the sum of a few payments to people ({@code items} of them). */
    String money(BigDecimal amount, long items) {
        return isSmall(items) ? hidden : money(amount);
    }

    static String money(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(UK).format(amount);
    }

    Cell money(BigDecimal amount, long items, Measure measure, ReportPeriod period, Object... dimsAndValues) {
        boolean link = linked && !isSmall(items) && amount.signum() > 0;
        return new Cell(money(amount, items), link ? drillDown(measure, period, dimsAndValues) : null, true);
    }

    /** The length of a count's bar: none for a suppressed count, whose bar would give it away. */
    double bar(long n) {
        return isSmall(n) ? 0 : n;
    }
}
