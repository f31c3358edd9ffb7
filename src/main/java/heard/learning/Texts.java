package heard.learning;

import heard.casework.Refusal;

/** Words people type: trimmed, blank as none, and no longer than their column holds. */
final class Texts {

    private Texts() {
    }

    static String tidy(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The text tidied; refused, on the field, when it is missing. */
    static String required(String field, String text, String missingKey, int maximum) {
        String tidy = tidy(text);
        if (tidy == null) {
            throw new Refusal(field, missingKey);
        }
        return limited(field, tidy, maximum);
    }

    /** The text tidied; refused, on the field, when it is longer than its column. */
    static String limited(String field, String text, int maximum) {
        String tidy = tidy(text);
        if (tidy != null && tidy.length() > maximum) {
            throw new Refusal(field, "learning.tooLong", maximum);
        }
        return tidy;
    }
}
