package heard.interchange.caselog;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import heard.casework.Money;

/**
 * How the case log writes values in its cells, and reads them back: dates ISO (and UK
 * {@code dd/mm/yyyy} on the way in), money in pounds with or without {@code £} and thousands
 * commas, and text that would start a spreadsheet formula neutralised by a leading apostrophe.
 */
public final class Cells {

    /** The largest amount the database keeps (DECIMAL(12, 2)). */
    static final BigDecimal MAXIMUM_MONEY = new BigDecimal("9999999999.99");

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern UK = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern MONEY = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?");
    // A spreadsheet takes a cell starting with one of these as a formula (or, for tab and carriage
    // return, may shift it into one); OWASP's CSV injection advice names all six.
    private static final Pattern FORMULA_START = Pattern.compile("^'*[=+\\-@\\t\\r]");
    private static final Pattern NEUTRALISED = Pattern.compile("^'+[=+\\-@\\t\\r]");

    private Cells() {
    }

    /** A cell's date. */
    public sealed interface DateValue permits ADate, NotADate, NotARealDate {
    }

    public record ADate(LocalDate date) implements DateValue {
    }

    record NotADate() implements DateValue {
    }

    record NotARealDate() implements DateValue {
    }

    public static DateValue date(String text) {
        String t = text.strip();
        Matcher iso = ISO.matcher(t);
        Matcher uk = UK.matcher(t);
        try {
            if (iso.matches()) {
                return new ADate(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            if (uk.matches()) {
                return new ADate(LocalDate.of(Integer.parseInt(uk.group(3)), Integer.parseInt(uk.group(2)),
                        Integer.parseInt(uk.group(1))));
            }
        } catch (DateTimeException impossible) {
            return new NotARealDate();
        }
        return new NotADate();
    }

    /** A cell's amount of money, or why it is not one. */
    sealed interface MoneyValue permits AnAmount, NotAnAmount, Negative, TooPrecise, TooLarge {
    }

    record AnAmount(Money money) implements MoneyValue {
    }

    record NotAnAmount() implements MoneyValue {
    }

    record Negative() implements MoneyValue {
    }

    record TooPrecise() implements MoneyValue {
    }

    record TooLarge() implements MoneyValue {
    }

    static MoneyValue money(String text) {
        String t = text.strip().replace(" ", "");
        boolean negative = t.startsWith("-");
        if (negative) {
            t = t.substring(1);
        }
        if (t.startsWith("£")) {
            t = t.substring(1);
        }
        Matcher m = MONEY.matcher(t);
        if (!m.matches()) {
            return t.matches("\\d+\\.\\d{3,}") ? new TooPrecise() : new NotAnAmount();
        }
        BigDecimal amount = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : "." + m.group(2)));
        if (negative && amount.signum() != 0) {
            return new Negative();
        }
        if (amount.compareTo(MAXIMUM_MONEY) > 0) {
            return new TooLarge();
        }
        return new AnAmount(new Money(amount));
    }

    /** Money as an export writes it: pounds and pence, no symbol, no separators. */
    static String money(Money money) {
        return money == null ? "" : money.pounds().toPlainString();
    }

    /** Text a spreadsheet would run as a formula, made plain text with a leading apostrophe. */
    public static String neutralise(String text) {
        return text != null && FORMULA_START.matcher(text).find() ? "'" + text : text;
    }

    /** Takes off the apostrophe {@link #neutralise} put on, so that what was exported comes back as it was. */
    static String restore(String text) {
        return text != null && NEUTRALISED.matcher(text).find() ? text.substring(1) : text;
    }
}
