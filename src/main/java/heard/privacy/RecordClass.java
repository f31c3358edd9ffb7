package heard.privacy;

import heard.audit.AuditTrail;

/**
 * The classes of record the retention schedule gives a period, each counted from the day its handling
 * ended (docs/security.md, "Retention and subject access", says why each default is what it is).
 */
public enum RecordClass {
    COMPLAINT(6), COMPLIMENT(2), COMMENT(2), ENQUIRY(2), PUBLIC_SUBMISSION(1), STAFF_MESSAGE(2), AUDIT(7);

    private final int defaultYears;

    RecordClass(int defaultYears) {
        this.defaultYears = defaultYears;
    }

    /** The period Heard starts with (V093), in years after the record's handling ended. */
    public int defaultYears() {
        return defaultYears;
    }

    /** The shortest period allowed: the audit trail's floor, which the database enforces too; a year for the rest. */
    public int fewestYears() {
        return this == AUDIT ? AuditTrail.FLOOR_YEARS : 1;
    }

    /**
     * Whether the schedule's nightly run erases it by age alone (messages to staff, the audit trail), rather
     * than listing each record for a complaints manager to approve.
     */
    public boolean erasedByAge() {
        return this == STAFF_MESSAGE || this == AUDIT;
    }

    public String messageKey() {
        return "recordClass." + name();
    }

    /** The form field and path segment for this class: {@code publicSubmission}. */
    public String field() {
        String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder field = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            field.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return field.toString();
    }
}
