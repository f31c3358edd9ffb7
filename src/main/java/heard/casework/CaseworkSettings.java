package heard.casework;

import heard.casework.domain.CorporateProcedure;

/**
 * The council's settings for casework.
 *
 * @param referencePrefix     the start of every reference Heard makes, e.g. {@code CSC} in {@code CSC-2026-0042}
 * @param acknowledgementDays working days within which a statutory complaint is to be acknowledged
 *                            (the council's own standard: the regulations set none)
 * @param statementAgreementDays working days after Stage 2's statement of complaint is sent that the
 *                            complainant is asked to agree it by, unless the officer enters a day
 * @param corporate           the council's own procedure
 */
public record CaseworkSettings(String referencePrefix, int acknowledgementDays, int statementAgreementDays,
                               CorporateProcedure corporate, int version) {

    public CaseworkSettings {
        if (referencePrefix == null || !referencePrefix.matches("[A-Za-z0-9]{1,10}")) {
            throw new Refusal("referencePrefix", "settings.referencePrefix.invalid");
        }
        if (acknowledgementDays < 1 || acknowledgementDays > 30) {
            throw new Refusal("acknowledgementDays", "settings.acknowledgementDays.invalid");
        }
        if (statementAgreementDays < 1 || statementAgreementDays > 30) {
            throw new Refusal("statementAgreementDays", "settings.statementAgreementDays.invalid");
        }
    }

    /** The rules of a procedure, as this council runs it (a representation, with no procedure, has no stages). */
    public ProcedureRules rules(ProcedureKind kind) {
        if (kind == null) {
            return new ProcedureRules(null, heard.calendar.Timescale.of("Acknowledgement", acknowledgementDays),
                    java.util.List.of());
        }
        return switch (kind) {
            case STATUTORY -> ProcedureRules.statutory(acknowledgementDays);
            case CORPORATE -> corporate.rules();
            case NON_QUALIFYING -> new ProcedureRules(ProcedureKind.NON_QUALIFYING,
                    heard.calendar.Timescale.of("Acknowledgement", acknowledgementDays), java.util.List.of());
        };
    }
}
