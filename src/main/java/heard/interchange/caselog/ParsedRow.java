package heard.interchange.caselog;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import heard.casework.Money;

/**
 * One row of a case log as read: each cell's value in its type (a date, a code's constant, an
 * amount, a list...), the cells that were not blank (even those whose value could not be read),
 * and the row's number in the spreadsheet.
 */
public final class ParsedRow {

    private final int number;
    private final Map<Column, Object> values = new EnumMap<>(Column.class);
    private final Set<Column> filled = EnumSet.noneOf(Column.class);

    ParsedRow(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    void filled(Column column) {
        filled.add(column);
    }

    void put(Column column, Object value) {
        values.put(column, value);
    }

    /** Whether the cell had anything in it, readable or not. */
    boolean isFilled(Column column) {
        return filled.contains(column);
    }

    boolean hasStageColumns() {
        return filled.stream().anyMatch(Column::isStageColumn);
    }

    Object get(Column column) {
        return values.get(column);
    }

    @SuppressWarnings("unchecked")
    <T> T value(Column column) {
        return (T) values.get(column);
    }

    public LocalDate date(Column column) {
        return (LocalDate) values.get(column);
    }

    Money money(Column column) {
        return (Money) values.get(column);
    }

    public String text(Column column) {
        return (String) values.get(column);
    }

    @SuppressWarnings("unchecked")
    public <T> List<T> list(Column column) {
        Object value = values.get(column);
        return value == null ? List.of() : (List<T>) value;
    }

    boolean yes(Column column) {
        return Boolean.TRUE.equals(values.get(column));
    }

    public String reference() {
        return text(Column.REFERENCE);
    }

    public LogRecordType type() {
        return (LogRecordType) values.get(Column.RECORD_TYPE);
    }
}
