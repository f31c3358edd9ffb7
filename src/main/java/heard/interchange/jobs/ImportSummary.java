package heard.interchange.jobs;

import java.util.List;
import java.util.Map;

import heard.interchange.caselog.LogRecordType;
import heard.interchange.transfer.CaseLogCheck;
import heard.interchange.transfer.CaseLogWriter;

/**
 * What a job's check found and its import did, kept with the job (as JSON) for its page: the
 * records it would add by type, those held already, the names Heard lacks, and what was written.
 *
 * @param changedSinceCheck the import found something different from what the person confirmed, and was checked again
 */
public record ImportSummary(int rows, Map<String, Integer> toAdd, int unchanged, int changed, List<String> unknownAreas,
                     List<CaseLogCheck.UnknownTeam> unknownTeams, List<String> unknownIssues, int problems,
                     int changes, Integer added, Integer updated, Integer skipped, Integer namesCreated,
                     boolean changedSinceCheck) {

    static ImportSummary of(CaseLogCheck check, CaseLogWriter.Written written, boolean changedSinceCheck) {
        Map<String, Integer> toAdd = new java.util.LinkedHashMap<>();
        for (LogRecordType type : LogRecordType.values()) {
            toAdd.put(type.code(), check.adding(type));
        }
        return new ImportSummary(check.rows(), toAdd, check.unchanged(), check.changed(), check.unknownAreas(),
                check.unknownTeams(), check.unknownIssues(), check.problems().size(), check.changes().size(),
                written == null ? null : written.added(), written == null ? null : written.updated(),
                written == null ? null : written.skipped(), written == null ? null : written.namesCreated(),
                changedSinceCheck);
    }

    public boolean hasUnknownNames() {
        return !unknownAreas.isEmpty() || !unknownTeams.isEmpty() || !unknownIssues.isEmpty();
    }
}
