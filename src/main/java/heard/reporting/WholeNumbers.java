package heard.reporting;

import heard.web.FormProblems;
import org.springframework.validation.BindingResult;

/** Whole numbers as people type them into forms: digits, perhaps with thousands commas. */
final class WholeNumbers {

    private static final int MAXIMUM_DIGITS = 9;

    private WholeNumbers() {
    }

    /**
     * The number typed in a field, or null (with an error on the field when it was required, or is not a
     * whole number of 0 or more).
     */
    static Integer parse(String text, String field, boolean required, BindingResult result) {
        String tidy = text == null ? "" : text.strip().replace(",", "");
        if (tidy.isEmpty()) {
            if (required) {
                FormProblems.reject(result, field, "number.required." + field);
            }
            return null;
        }
        if (!tidy.matches("\\d{1," + MAXIMUM_DIGITS + "}")) {
            FormProblems.reject(result, field, "number.notWhole." + field);
            return null;
        }
        return Integer.valueOf(tidy);
    }
}
