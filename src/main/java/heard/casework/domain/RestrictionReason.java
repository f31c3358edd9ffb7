package heard.casework.domain;

/** Why a case is restricted to the people named on it and complaints managers (docs/security.md). */
public enum RestrictionReason {
    /** The child or their family is known to staff: a colleague, a relative, a foster carer who works here. */
    KNOWN_TO_STAFF,
    /** A member of the council's staff is the complainant. */
    STAFF_COMPLAINANT,
    /** Another reason, given in words. */
    OTHER
}
