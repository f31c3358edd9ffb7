package heard.interchange.jobs;

import java.time.Instant;

import heard.interchange.sheet.CaseLogFormat;
import heard.interchange.transfer.ImportOptions;

/**
 * A case log import started from the web, as its page shows it. It is checked first; the person
 * then confirms (agreeing to create names, seeing the changes an update makes) and it is imported.
 */
public record ImportJob(long id, String fileName, CaseLogFormat format, long sizeBytes, ImportOptions options, Status status,
                 int rowsRead, int rowsWritten, Integer rowsTotal, String plan, ImportSummary summary,
                 String uploadedBy, Instant uploadedAt, Instant finishedAt) {

    public enum Status {
        /** Uploaded, waiting for an instance to check it. */
        CHECK_QUEUED,
        CHECKING,
        /** Checked: it has problems, and nothing will be written. */
        REJECTED,
        /** Checked clean: waiting for the person to confirm. */
        READY,
        /** Checked: every record is held already, so there is nothing to import. */
        NOTHING_TO_DO,
        /** Confirmed, waiting for an instance to import it. */
        IMPORT_QUEUED,
        IMPORTING,
        IMPORTED,
        /** Stopped by a fault, or its instance stopped; nothing was written. */
        FAILED,
        /** The person decided not to import it, or left it unconfirmed for a day. */
        CANCELLED;

        public boolean isWorking() {
            return this == CHECK_QUEUED || this == CHECKING || this == IMPORT_QUEUED || this == IMPORTING;
        }
    }
}
