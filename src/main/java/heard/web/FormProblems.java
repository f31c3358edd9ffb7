package heard.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.validation.BindingResult;

/**
 * Puts a refusal from a module (a field, a message key, its arguments) on a form's binding result,
 * so that it shows in the GOV.UK error summary. Dates among the arguments are written as GOV.UK
 * writes them, "20 December 2024".
 */
public final class FormProblems {

    public static final DateTimeFormatter GOVUK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private FormProblems() {
    }

    /**
     * @param field the form field at fault, or null for the form as a whole; a field the form does
     *              not have is reported against the whole form
     */
    public static void reject(BindingResult result, String field, String messageKey, Object... arguments) {
        Object[] args = Arrays.stream(arguments).map(FormProblems::readable).toArray();
        if (field != null && result.getTarget() != null && hasField(result, field)) {
            result.rejectValue(field, messageKey, args, messageKey);
        } else {
            result.reject(messageKey, args, messageKey);
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            return result.getFieldType(field) != null;
        } catch (RuntimeException noSuchField) {
            return false;
        }
    }

    private static Object readable(Object argument) {
        return argument instanceof LocalDate date ? date.format(GOVUK_DATE) : argument;
    }
}
