package heard.ombudsman;

import heard.casework.CaseReference;
import heard.web.DateParts;
import org.springframework.validation.BindingResult;

/**
 * The Ombudsman's involvement in a record as the complaints officer types it in, in the order of the
 * page (the order of the error summary), with fields named as {@link OmbudsmanRecord} names them, so
 * that a refusal from {@link Ombudsman#record} lands on the right field.
 *
 * @param version the version of the record the page showed; -1 when there was none yet
 */
record OmbudsmanForm(String ombudsmanReference, DateParts referredOn, OmbudsmanDecision decision, DateParts decidedOn,
                     String remedy, DateParts remedyDueOn, DateParts remedyCompliedOn, Integer version) {

    OmbudsmanForm {
        referredOn = referredOn == null ? DateParts.of(null) : referredOn;
        decidedOn = decidedOn == null ? DateParts.of(null) : decidedOn;
        remedyDueOn = remedyDueOn == null ? DateParts.of(null) : remedyDueOn;
        remedyCompliedOn = remedyCompliedOn == null ? DateParts.of(null) : remedyCompliedOn;
    }

    /** The form for a record the Ombudsman is not yet involved in. */
    static OmbudsmanForm none() {
        return new OmbudsmanForm(null, null, null, null, null, null, null, -1);
    }

    static OmbudsmanForm of(Ombudsman.Versioned v) {
        OmbudsmanRecord r = v.record();
        return new OmbudsmanForm(r.ombudsmanReference(), DateParts.of(r.referredOn()), r.decision(),
                DateParts.of(r.decidedOn()), r.remedy(), DateParts.of(r.remedyDueOn()), DateParts.of(r.remedyCompliedOn()),
                v.version());
    }

    /** Checks the dates as typed; the order of the dates and the rest are the Ombudsman module's rules. */
    void validate(BindingResult result) {
        referredOn.validateRequired(result, "referredOn");
        decidedOn.validateOptional(result, "decidedOn");
        remedyDueOn.validateOptional(result, "remedyDueOn");
        remedyCompliedOn.validateOptional(result, "remedyCompliedOn");
    }

    OmbudsmanRecord record(CaseReference reference) {
        return new OmbudsmanRecord(reference, ombudsmanReference, referredOn.toLocalDate().orElseThrow(), decision,
                decidedOn.toLocalDate().orElse(null), remedy, remedyDueOn.toLocalDate().orElse(null),
                remedyCompliedOn.toLocalDate().orElse(null));
    }

    /** A version that is missing from the form (an edited page) matches no record's, so the change is refused. */
    int versionSeen() {
        return version == null ? Integer.MIN_VALUE : version;
    }
}
