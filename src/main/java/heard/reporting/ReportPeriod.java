package heard.reporting;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;


/**
 * The days a report covers, both ends included. Statutory reports run over the council's financial
 * year (1 April to 31 March); managers also ask for quarters, months, or any other span.
 */
record ReportPeriod(LocalDate start, LocalDate end) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    ReportPeriod {
        if (start == null || end == null) {
            throw new IllegalArgumentException("A report period has a start and an end");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A report period cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    /** The financial year that starts on 1 April of {@code startYear}. */
    static ReportPeriod financialYear(int startYear) {
        return new ReportPeriod(LocalDate.of(startYear, Month.APRIL, 1), LocalDate.of(startYear + 1, Month.MARCH, 31));
    }

    /** The financial year a day falls in. */
    static ReportPeriod financialYearOf(LocalDate day) {
        return financialYear(day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
    }

    static ReportPeriod month(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new ReportPeriod(first, first.plusMonths(1).minusDays(1));
    }

    /** The quarter of the financial year (1 = April to June) that starts in {@code financialYearStart}. */
    static ReportPeriod quarter(int financialYearStart, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A financial year has quarters 1 to 4, not " + quarter);
        }
        LocalDate first = LocalDate.of(financialYearStart, Month.APRIL, 1).plusMonths(3L * (quarter - 1));
        return new ReportPeriod(first, first.plusMonths(3).minusDays(1));
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** The same span of days some years earlier (a period ending on 29 February ends on 28 February). */
    ReportPeriod yearsBefore(int years) {
        LocalDate earlierEnd = isMonthEnd(end) ? end.minusYears(years).withDayOfMonth(end.minusYears(years).lengthOfMonth())
                : end.minusYears(years);
        return new ReportPeriod(start.minusYears(years), earlierEnd);
    }

    /** The period cut into blocks of three months from its start, the last cut short at the period's end. */
    List<ReportPeriod> quarters() {
        List<ReportPeriod> quarters = new ArrayList<>();
        for (LocalDate from = start; !from.isAfter(end); from = start.plusMonths(3L * quarters.size())) {
            LocalDate to = start.plusMonths(3L * (quarters.size() + 1)).minusDays(1);
            quarters.add(new ReportPeriod(from, to.isAfter(end) ? end : to));
        }
        return quarters;
    }

    boolean isFinancialYear() {
        return start.getMonth() == Month.APRIL && start.getDayOfMonth() == 1 && end.equals(start.plusYears(1).minusDays(1));
    }

    boolean isCalendarYear() {
        return start.getDayOfYear() == 1 && end.equals(start.plusYears(1).minusDays(1));
    }

    boolean isWholeMonth() {
        return start.getDayOfMonth() == 1 && end.equals(start.withDayOfMonth(start.lengthOfMonth()));
    }

    /** A financial year quarter: three whole months starting in April, July, October or January. */
    boolean isFinancialQuarter() {
        return start.getDayOfMonth() == 1 && (start.getMonthValue() - 1) % 3 == 0
                && end.equals(start.plusMonths(3).minusDays(1));
    }

    /**
     * How reports name the period: {@code 2019/20} for a financial year, {@code 2019} for a calendar
     * year, {@code April 2019} for a month, {@code Q1 2019/20} for a financial quarter, and the two dates
     * otherwise.
     */
    public String label() {
        if (isFinancialYear()) {
            return start.getYear() + "/" + String.format(Locale.ROOT, "%02d", (start.getYear() + 1) % 100);
        }
        if (isCalendarYear()) {
            return String.valueOf(start.getYear());
        }
        if (isWholeMonth()) {
            return start.format(MONTH);
        }
        if (isFinancialQuarter()) {
            ReportPeriod year = financialYearOf(start);
            long quarter = ChronoUnit.MONTHS.between(year.start(), start) / 3 + 1;
            return "Q" + quarter + " " + year.label();
        }
        return start.format(DAY) + " to " + end.format(DAY);
    }

    private static boolean isMonthEnd(LocalDate day) {
        return day.getDayOfMonth() == day.lengthOfMonth();
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
