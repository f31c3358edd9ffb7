package heard.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
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

    /**
     * Shows a form again filled in afresh from its record as it is now (with its current version), and
     * a refusal of the whole form in its error summary: for a change refused because someone else
     * changed the record meanwhile, so that what the page shows is what a second try would change.
     */
    public static void showAfresh(Model model, String name, Object form, String messageKey, Object... arguments) {
        BindingResult result = new BeanPropertyBindingResult(form, name);
        reject(result, null, messageKey, arguments);
        // In this order: putting a new form in the model drops the binding result it had.
        model.addAttribute(name, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
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
