package heard.interchange.transfer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import heard.interchange.caselog.LogRecordType;
import heard.interchange.caselog.Problem;

/**
 * What checking a case log found: its problems, or else what importing it would do (records to add
 * by type, records held already, unchanged or changed, and the names Heard would have to create).
 * {@code plan} fingerprints what an import would do, so that an import confirmed after a check can
 * tell that nothing changed in between.
 */
public record CaseLogCheck(String fileName, int rows, List<Problem> problems, Map<LogRecordType, Integer> toAdd,
                    int unchanged, int changed, List<Change> changes, List<String> unknownAreas,
                    List<UnknownTeam> unknownTeams, List<String> unknownIssues, String plan,
                    Set<String> held, Set<String> toUpdate, Set<String> heldWithOmbudsman) {

    /** One column of one record held that the file would change. */
    public record Change(String reference, String column, String before, String after) {
    }

    /** A team the file names that Heard does not have, the service area it would be created in, and from when. */
    public record UnknownTeam(String name, String serviceArea, java.time.LocalDate openedOn) {
    }

    public CaseLogCheck {
        problems = List.copyOf(problems);
        toAdd = new EnumMap<>(toAdd);
        changes = List.copyOf(changes);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    int adding() {
        return toAdd.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int adding(LogRecordType type) {
        return toAdd.getOrDefault(type, 0);
    }

    boolean hasUnknownNames() {
        return !unknownAreas.isEmpty() || !unknownTeams.isEmpty() || !unknownIssues.isEmpty();
    }

    /** Whether importing would change nothing: no new records, and no changes or none asked for. */
    public boolean nothingToDo(boolean update) {
        return adding() == 0 && (!update || changed == 0);
    }
}
