package heard.notify.templates;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A value a template can take from the case, written in the template as {@code ((name))}, as in GOV.UK
 * Notify's own templates. Dates are in words ("4 January 2027"); deadlines are in working days.
 */
public enum MergeField {
    COMPLAINANT_NAME,
    REFERENCE,
    COUNCIL_NAME,
    TODAY,
    RECEIVED_ON,
    STAGE,
    ACKNOWLEDGEMENT_DUE,
    RESPONSE_DUE,
    RESPONSE_WORKING_DAYS,
    EXTENDED_TO,
    EXTENSION_REASON,
    RESPONDED_ON,
    RESPONDING_TEAM,
    RESPONDER_NAME,
    COMPLAINT_SUMMARY,
    COMPLAINT_ELEMENTS,
    DESIRED_OUTCOME,
    NEXT_STAGE_BY,
    NEXT_STAGE_RIGHTS,
    OMBUDSMAN_CONTACT,
    COMPLAINTS_TEAM_CONTACT,
    CHILD_NAME,
    ADVOCACY_PROVIDER,
    CLOSED_ON,
    SENDER_NAME;

    /** As written in a template: lower case, e.g. {@code ((response_due))}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The key of its description in the message bundle, shown beside the template as it is edited. */
    public String messageKey() {
        return "notify.field." + token();
    }

    static Optional<MergeField> ofToken(String token) {
        return Arrays.stream(values()).filter(f -> f.token().equals(token)).findFirst();
    }
}
