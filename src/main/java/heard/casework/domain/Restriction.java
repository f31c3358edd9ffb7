package heard.casework.domain;

import java.time.LocalDate;

import heard.casework.Refusal;

/**
 * A case restricted to the staff named on it and complaints managers: why, and who marked it when.
 *
 * @param otherReason the words of an {@link RestrictionReason#OTHER} reason; null for the others
 */
public record Restriction(RestrictionReason reason, String otherReason, LocalDate restrictedOn, String restrictedBy) {

    public static final int OTHER_REASON_LENGTH = 500;

    public Restriction {
        otherReason = checkedOtherReason(reason, otherReason);
        if (restrictedOn == null || restrictedBy == null) {
            throw new IllegalArgumentException("A restriction says who marked it when");
        }
    }

    /**
     * The rules of why a case is restricted, for the log form to check before the case exists: refused without a
     * reason, or for another reason without words or with too many. Returns the words as kept: tidied, and none
     * but for another reason.
     */
    public static String checkedOtherReason(RestrictionReason reason, String otherReason) {
        String words = reason == RestrictionReason.OTHER ? Text.tidy(otherReason) : null;
        if (reason == null) {
            throw new Refusal("reason", "restrict.reason.missing");
        }
        if (reason == RestrictionReason.OTHER && words == null) {
            throw new Refusal("otherReason", "restrict.otherReason.missing");
        }
        if (words != null && words.length() > OTHER_REASON_LENGTH) {
            throw new Refusal("otherReason", "restrict.otherReason.tooLong", OTHER_REASON_LENGTH);
        }
        return words;
    }
}
