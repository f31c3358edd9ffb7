package heard.interchange.transfer;

/**
 * How an import ended, with the check it made (inside the import's own transaction) and, when it
 * wrote, what it wrote.
 */
public record ImportOutcome(Result result, CaseLogCheck check, CaseLogWriter.Written written) {

    public enum Result {
        /** Written. */
        IMPORTED,
        /** The file has problems: nothing written. */
        REJECTED,
        /** The file names service areas, teams or issue categories Heard lacks, and creating them was not agreed. */
        NAMES_NOT_AGREED,
        /** What the import would do is not what the person confirmed after the check: nothing written. */
        CHANGED_SINCE_CHECK,
        /** Every record in the file is held already (unchanged, or changes were not asked for). */
        NOTHING_TO_DO
    }
}
