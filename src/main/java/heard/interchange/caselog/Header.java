package heard.interchange.caselog;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The first row of a case log: which column each position holds. Names are matched without case or
 * surrounding spaces, in any order; an unknown name is a problem unless the import was told to
 * ignore unknown columns, and so is a column named twice or a required column missing.
 */
public final class Header {

    static final Set<Column> REQUIRED = EnumSet.of(Column.REFERENCE, Column.RECORD_TYPE, Column.RECEIVED);

    private final List<Column> positions;
    private final List<Boolean> named;
    private final boolean ignoreUnknownColumns;
    private final boolean usable;

    private Header(List<Column> positions, List<Boolean> named, boolean ignoreUnknownColumns, boolean usable) {
        this.positions = positions;
        this.named = named;
        this.ignoreUnknownColumns = ignoreUnknownColumns;
        this.usable = usable;
    }

    public static Header read(List<String> cells, boolean ignoreUnknownColumns, List<Problem> problems) {
        List<Column> positions = new ArrayList<>();
        List<Boolean> named = new ArrayList<>();
        Set<Column> seen = EnumSet.noneOf(Column.class);
        for (String cell : cells) {
            String name = cell == null ? "" : cell.strip();
            named.add(!name.isEmpty());
            Optional<Column> column = Column.named(name);
            if (column.isPresent() && !seen.add(column.get())) {
                problems.add(Problem.atHeader(column.get().header(), "caselog.header.duplicate"));
                positions.add(null);
            } else if (column.isEmpty() && !name.isEmpty() && !ignoreUnknownColumns) {
                problems.add(Problem.atHeader(name, "caselog.header.unknown"));
                positions.add(null);
            } else {
                positions.add(column.orElse(null));
            }
        }
        boolean usable = true;
        for (Column required : REQUIRED) {
            if (!seen.contains(required)) {
                problems.add(Problem.atHeader(required.header(), "caselog.header.missing"));
                usable = false;
            }
        }
        return new Header(positions, named, ignoreUnknownColumns, usable);
    }

    /** The column at a position, or null where the header is blank, unknown or repeated. */
    Column at(int position) {
        return position < positions.size() ? positions.get(position) : null;
    }

    /**
     * Whether a value at this position would be lost without a word: the header has no name there.
     * (A value under an unknown name was reported with the header, or is being ignored on request.)
     */
    boolean losesValueAt(int position) {
        return !ignoreUnknownColumns && (position >= named.size() || !named.get(position));
    }

    /** Whether rows can be read against it: the required columns are all there. */
    public boolean usable() {
        return usable;
    }
}
