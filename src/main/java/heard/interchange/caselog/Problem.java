package heard.interchange.caselog;

import java.util.Comparator;
import java.util.List;

/**
 * Something wrong with a case log: where (the spreadsheet's row number, the header being row 1, and
 * the column's header) and what, as a message key of {@code messages/interchange.properties} and its
 * arguments. A problem with the file as a whole has no row; one with a whole row has no column.
 */
public record Problem(Integer row, String column, String key, List<Object> args) {

    public static final Comparator<Problem> IN_FILE_ORDER = Comparator
            .comparing((Problem p) -> p.row() == null ? 0 : p.row())
            .thenComparing(p -> p.column() == null ? -1 : Column.named(p.column()).map(Enum::ordinal).orElse(-1));

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem at(int row, Column column, String key, Object... args) {
        return new Problem(row, column.header(), key, List.of(args));
    }

    static Problem atHeader(String column, String key, Object... args) {
        return new Problem(1, column, key, List.of(args));
    }

    static Problem ofRow(int row, String key, Object... args) {
        return new Problem(row, null, key, List.of(args));
    }

    public static Problem ofFile(String key, Object... args) {
        return new Problem(null, null, key, List.of(args));
    }
}
