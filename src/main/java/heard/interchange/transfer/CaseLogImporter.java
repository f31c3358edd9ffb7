package heard.interchange.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.interchange.caselog.LogRecordType;
import heard.interchange.sheet.UnreadableFileException;
import heard.web.FormProblems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks and imports case logs: all or nothing. An import checks the file again inside its one
 * transaction and writes only when that check finds no problem, so that what is written is what
 * was checked even if another instance changed the records meanwhile.
 */
@Service
public class CaseLogImporter {

    /** The database keeps at most 300 characters of where an imported record came from. */
    private static final int MAXIMUM_FILE_NAME = 200;

    private final CaseLogChecker checker;
    private final CaseLogWriter writer;
    private final AuditTrail audit;
    private final PlannerStatistics statistics;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CaseLogImporter(CaseLogChecker checker, CaseLogWriter writer, AuditTrail audit, PlannerStatistics statistics,
                    PlatformTransactionManager transactionManager, Clock clock) {
        this.checker = checker;
        this.writer = writer;
        this.audit = audit;
        this.statistics = statistics;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Checks a file without writing anything. */
    public CaseLogCheck check(Upload upload, ImportOptions options, Progress progress) {
        return checker.check(upload, options, progress);
    }

    /**
     * Imports a file if it checks clean.
     *
     * @param confirmedPlan  the plan of the check the person confirmed, or null to import whatever a clean check plans
     * @param beforeWriting  shown the check just before anything is written (the command line prints the changes)
     */
    public ImportOutcome importFile(Upload upload, ImportOptions options, String confirmedPlan, String importedBy,
                             Consumer<CaseLogCheck> beforeWriting, Progress progress) {
        ImportOutcome outcome = transactions.execute(status -> {
            CaseLogCheck check = checker.check(upload, options, progress);
            ImportOutcome.Result refusal = !check.ok() ? ImportOutcome.Result.REJECTED
                    : check.hasUnknownNames() && !options.createMissing() ? ImportOutcome.Result.NAMES_NOT_AGREED
                    : confirmedPlan != null && !confirmedPlan.equals(check.plan()) ? ImportOutcome.Result.CHANGED_SINCE_CHECK
                    : check.nothingToDo(options.update()) ? ImportOutcome.Result.NOTHING_TO_DO : null;
            if (refusal != null) {
                status.setRollbackOnly();
                return new ImportOutcome(refusal, check, null);
            }
            beforeWriting.accept(check);
            try {
                CaseLogWriter.Written written = writer.write(upload, options, check, source(upload, importedBy),
                        importedBy, progress);
                audit.changed(subject(upload), "imported", summary(check, written), null, counts(check, written));
                return new ImportOutcome(ImportOutcome.Result.IMPORTED, check, written);
            } catch (UnreadableFileException e) {
                throw new IllegalStateException("The file could not be read again after it was checked", e);
            }
        });
        if (outcome.result() == ImportOutcome.Result.IMPORTED) {
            statistics.afterImport(outcome.written().added() + outcome.written().updated());
        } else {
            audit.noted(subject(upload), "not imported", "Import of " + upload.fileName() + " not written: "
                    + outcome.result().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " ("
                    + outcome.check().problems().size() + " problems in " + outcome.check().rows() + " rows)");
        }
        return outcome;
    }

    /** {@code FILE on DATE by USER}: where an imported record came from, as its timeline shows. */
    String source(Upload upload, String importedBy) {
        String file = upload.fileName().length() > MAXIMUM_FILE_NAME
                ? upload.fileName().substring(0, MAXIMUM_FILE_NAME - 3) + "..." : upload.fileName();
        String by = importedBy.length() > 60 ? importedBy.substring(0, 60) : importedBy;
        return file + " on " + LocalDate.now(clock).format(FormProblems.GOVUK_DATE) + " by " + by;
    }

    static AuditSubject subject(Upload upload) {
        String name = upload.fileName().isBlank() ? "case log" : upload.fileName();
        return new AuditSubject("case-log", name.length() > 200 ? name.substring(0, 200) : name);
    }

    private static String summary(CaseLogCheck check, CaseLogWriter.Written written) {
        return "Imported " + check.fileName() + ": " + written.added() + " added, " + written.updated() + " updated, "
                + written.skipped() + " already held and skipped, " + written.namesCreated() + " names created";
    }

    private static Map<String, Object> counts(CaseLogCheck check, CaseLogWriter.Written written) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("file", check.fileName());
        counts.put("rows", check.rows());
        counts.put("added", written.added());
        for (LogRecordType type : LogRecordType.values()) {
            counts.put("added_" + type.code(), check.adding(type));
        }
        counts.put("updated", written.updated());
        counts.put("skipped", written.skipped());
        counts.put("serviceAreasCreated", check.unknownAreas());
        counts.put("teamsCreated", check.unknownTeams().stream().map(CaseLogCheck.UnknownTeam::name).toList());
        counts.put("issueCategoriesCreated", check.unknownIssues());
        return counts;
    }
}
