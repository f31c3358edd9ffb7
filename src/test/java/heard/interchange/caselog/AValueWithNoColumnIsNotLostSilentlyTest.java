package heard.interchange.caselog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AValueWithNoColumnIsNotLostSilentlyTest {

    private static final List<String> HEADER = List.of("Reference ", " RECORD_TYPE", "received", "", "colour");
    private static final List<String> ROW = List.of("R-1", "comment", "2024-05-01", "under no name", "red", "beyond");

    private static List<Problem> read(boolean ignoreUnknownColumns) {
        List<Problem> problems = new ArrayList<>();
        Header header = Header.read(HEADER, ignoreUnknownColumns, problems);
        ParsedRow row = new RowParser(header, LocalDate.of(2025, 1, 1)).parse(2, ROW, problems);
        assertThat(row.reference()).isEqualTo("R-1");
        assertThat(row.type()).isEqualTo(LogRecordType.COMMENT);
        return problems;
    }

    @Test
    void valuesUnderNoHeaderOrAnUnknownOneAreProblems() {
        assertThat(read(false)).containsExactly(
                Problem.atHeader("colour", "caselog.header.unknown"),
                Problem.ofRow(2, "caselog.row.beyondHeader", 4),
                Problem.ofRow(2, "caselog.row.beyondHeader", 6));
    }

    @Test
    void unlessTheImportIsToldToIgnoreThem() {
        assertThat(read(true)).isEmpty();
    }
}
