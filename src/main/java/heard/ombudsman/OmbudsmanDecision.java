package heard.ombudsman;

import java.util.Locale;

/** What the Local Government and Social Care Ombudsman decided (the case log's {@code ombudsman_decision}). */
public enum OmbudsmanDecision {
    CLOSED_AFTER_INITIAL_ENQUIRIES, PREMATURE_REFERRED_BACK, NOT_UPHELD_NO_FAULT, UPHELD_FAULT_NO_INJUSTICE,
    UPHELD_FAULT_AND_INJUSTICE, WITHDRAWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Ombudsman found fault. */
    public boolean faultFound() {
        return this == UPHELD_FAULT_NO_INJUSTICE || this == UPHELD_FAULT_AND_INJUSTICE;
    }
}
