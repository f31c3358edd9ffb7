package heard.ombudsman;

import java.time.LocalDate;

import heard.casework.CaseReference;

/**
 * The Ombudsman's involvement in one of the council's records (a complaint, usually).
 *
 * @param reference          the council's reference of the record
 * @param ombudsmanReference the Ombudsman's own reference, if known
 * @param referredOn         the day the Ombudsman first told the council of the complaint
 * @param remedy             what the Ombudsman asked the council to do, if anything
 * @param remedyDueOn        by when
 * @param remedyCompliedOn   the day the council did it
 */
public record OmbudsmanRecord(CaseReference reference, String ombudsmanReference, LocalDate referredOn,
                              OmbudsmanDecision decision, LocalDate decidedOn, String remedy, LocalDate remedyDueOn,
                              LocalDate remedyCompliedOn) {

    public OmbudsmanRecord {
        if (reference == null) {
            throw new IllegalArgumentException("An Ombudsman record belongs to a record of the council's");
        }
        ombudsmanReference = ombudsmanReference == null || ombudsmanReference.isBlank() ? null : ombudsmanReference.strip();
        remedy = remedy == null || remedy.isBlank() ? null : remedy.strip();
    }

    /** As a case log records it: the referral and the decision only. */
    public static OmbudsmanRecord fromCaseLog(CaseReference reference, LocalDate referredOn, OmbudsmanDecision decision,
                                              LocalDate decidedOn) {
        return new OmbudsmanRecord(reference, null, referredOn, decision, decidedOn, null, null, null);
    }

    /** The Ombudsman has not decided yet: its enquiry is open. */
    public boolean undecided() {
        return decision == null;
    }

    /** The Ombudsman decided and asked for a remedy that the council has not yet carried out. */
    public boolean awaitingCompliance() {
        return decision != null && (remedy != null || remedyDueOn != null) && remedyCompliedOn == null;
    }

    /** Whether the Ombudsman's remedy is overdue on a day. */
    public boolean remedyOverdueOn(LocalDate day) {
        return remedyDueOn != null && remedyCompliedOn == null && day.isAfter(remedyDueOn);
    }
}
