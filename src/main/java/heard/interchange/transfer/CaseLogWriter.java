package heard.interchange.transfer;

import java.util.ArrayList;
import java.util.List;

import heard.casework.CaseReference;
import heard.casework.CaseworkImport;
import heard.casework.ImportedCase;
import heard.feedback.FeedbackRecord;
import heard.feedback.Feedbacks;
import heard.interchange.caselog.Column;
import heard.interchange.caselog.Header;
import heard.interchange.caselog.NameBook;
import heard.interchange.caselog.ParsedRow;
import heard.interchange.caselog.Problem;
import heard.interchange.caselog.RecordMapping;
import heard.interchange.caselog.RowParser;
import heard.interchange.sheet.SheetReader;
import heard.interchange.sheet.UnreadableFileException;
import heard.ombudsman.Ombudsman;
import heard.ombudsman.OmbudsmanRecord;
import heard.organisation.Organisation;
import heard.organisation.OrganisationSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a checked case log, in the caller's transaction: first the names the person agreed Heard
 * should create, then the file again, a thousand rows at a time, each row added, updated or
 * skipped as the check decided. Nothing here checks again: a row the check refused never gets here.
 */
@Component
public class CaseLogWriter {

    private final CaseworkImport cases;
    private final Feedbacks feedbacks;
    private final Ombudsman ombudsman;
    private final Organisation organisation;
    private final OrganisationSettings settings;

    CaseLogWriter(CaseworkImport cases, Feedbacks feedbacks, Ombudsman ombudsman, Organisation organisation,
                  OrganisationSettings settings) {
        this.cases = cases;
        this.feedbacks = feedbacks;
        this.ombudsman = ombudsman;
        this.organisation = organisation;
        this.settings = settings;
    }

    /** What was written. */
    public record Written(int added, int updated, int skipped, int namesCreated) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Written write(Upload upload, ImportOptions options, CaseLogCheck check, String source, String importedBy,
                  Progress progress) throws UnreadableFileException {
        int namesCreated = createNames(check);
        Batch batch = new Batch(options, check, source, importedBy, progress);
        NameBook names = new NameBook(organisation);
        List<Problem> problems = new ArrayList<>();
        RowParser[] parser = new RowParser[1];
        SheetReader.of(upload.format()).read(upload.file(), (number, cells) -> {
            if (parser[0] == null) {
                parser[0] = new RowParser(Header.read(cells, options.ignoreUnknownColumns(), problems),
                        java.time.LocalDate.MAX);
                return;
            }
            ParsedRow row = parser[0].parse(number, cells, problems);
            if (row != null) {
                batch.add(row, ids(row, names));
            }
        });
        batch.flush();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The file changed between its check and its import: " + problems.get(0));
        }
        return new Written(batch.added, batch.updated, batch.skipped, namesCreated);
    }

    private int createNames(CaseLogCheck check) {
        check.unknownAreas().forEach(settings::addServiceArea);
        for (CaseLogCheck.UnknownTeam team : check.unknownTeams()) {
            long area = organisation.serviceAreaNamed(team.serviceArea()).orElseThrow().id();
            settings.addTeam(area, team.name(), team.openedOn());
        }
        check.unknownIssues().forEach(settings::addIssueCategory);
        return check.unknownAreas().size() + check.unknownTeams().size() + check.unknownIssues().size();
    }

    private static RecordMapping.Ids ids(ParsedRow row, NameBook names) {
        String area = row.text(Column.SERVICE_AREA);
        String team = row.text(Column.TEAM);
        return new RecordMapping.Ids(area == null ? null : names.areaId(area),
                team == null ? null : names.team(team).orElseThrow().id(),
                row.<String>list(Column.ISSUES).stream().map(names::issueId).toList());
    }

    /** Rows gathered until there are enough to write together. */
    private final class Batch {

        final ImportOptions options;
        final CaseLogCheck check;
        final String source;
        final String importedBy;
        final Progress progress;
        final List<ImportedCase> newCases = new ArrayList<>();
        final List<FeedbackRecord> newFeedback = new ArrayList<>();
        final List<ImportedCase> changedCases = new ArrayList<>();
        final List<FeedbackRecord> changedFeedback = new ArrayList<>();
        final List<OmbudsmanRecord> ombudsmanRecords = new ArrayList<>();
        int rows;
        int added;
        int updated;
        int skipped;

        Batch(ImportOptions options, CaseLogCheck check, String source, String importedBy, Progress progress) {
            this.options = options;
            this.check = check;
            this.source = source;
            this.importedBy = importedBy;
            this.progress = progress;
        }

        void add(ParsedRow row, RecordMapping.Ids ids) {
            rows++;
            String reference = row.reference();
            boolean isNew = !check.held().contains(reference);
            if (!isNew && !(options.update() && check.toUpdate().contains(reference))) {
                skipped++;
            } else {
                if (row.type().isCase()) {
                    (isNew ? newCases : changedCases).add(RecordMapping.toCase(row, ids));
                } else {
                    (isNew ? newFeedback : changedFeedback).add(RecordMapping.toFeedback(row, ids));
                }
                OmbudsmanRecord record = RecordMapping.toOmbudsman(row);
                if (record == null && !isNew && check.heldWithOmbudsman().contains(reference)) {
                    // The file no longer says the Ombudsman was involved: the log's part of the record is cleared.
                    record = OmbudsmanRecord.fromCaseLog(new CaseReference(reference), null, null, null);
                }
                if (record != null) {
                    ombudsmanRecords.add(record);
                }
                if (isNew) {
                    added++;
                } else {
                    updated++;
                }
            }
            if (rows % CaseLogChecker.CHUNK == 0) {
                flush();
            }
        }

        void flush() {
            if (!newCases.isEmpty()) {
                cases.add(newCases, source, importedBy);
            }
            if (!newFeedback.isEmpty()) {
                feedbacks.add(newFeedback, source);
            }
            if (!changedCases.isEmpty()) {
                cases.update(changedCases, source, importedBy);
            }
            if (!changedFeedback.isEmpty()) {
                feedbacks.update(changedFeedback, source);
            }
            if (!ombudsmanRecords.isEmpty()) {
                ombudsman.importAll(ombudsmanRecords, source);
            }
            newCases.clear();
            newFeedback.clear();
            changedCases.clear();
            changedFeedback.clear();
            ombudsmanRecords.clear();
            progress.written(rows, check.rows());
        }
    }
}
