package heard.web.govuk;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.spring6.context.IThymeleafBindStatus;
import org.thymeleaf.spring6.context.IThymeleafRequestContext;
import org.thymeleaf.spring6.context.SpringContextUtils;
import org.thymeleaf.spring6.util.FieldUtils;

import heard.web.DateParts;

/**
 * {@code #govukForm}: the options of a GOV.UK component for a field of the current {@code th:object},
 * from Spring MVC's binding: the field name as id and name, the value as bound (or as rejected, so
 * that what someone typed comes back to them) and the field's first error as the error message.
 * Used by the fragments in {@code templates/form.html}. Public only so that SpEL can call it.
 */
public final class FormExpressions {

    private static final String DAY_MONTH_YEAR_CLASSES = "govuk-input--width-2";
    private static final String YEAR_CLASSES = "govuk-input--width-4";

    private final IExpressionContext context;

    FormExpressions(IExpressionContext context) {
        this.context = context;
    }

    /**
     * Options for an input, textarea or select: the label's text is label, unless that is null. A
     * value given in options wins over the bound one (a password field is never filled in again).
     */
    public Map<String, Object> field(String field, Object label, Object options) {
        Map<String, Object> params = labelled(field, label, options);
        params.putIfAbsent("value", value(status(field).getValue()));
        return params;
    }

    /** Options for a file upload, which, unlike other inputs, a page cannot give a value. */
    public Map<String, Object> fileUpload(String field, Object label, Object options) {
        return labelled(field, label, options);
    }

    /** Options for radios: the fieldset's legend is legend, unless that is null. */
    public Map<String, Object> radios(String field, Object legend, Object options) {
        Map<String, Object> params = choices(field, legend, options);
        params.put("value", value(status(field).getValue()));
        return params;
    }

    /** Options for checkboxes, checked for each of the field's values. */
    public Map<String, Object> checkboxes(String field, Object legend, Object options) {
        Map<String, Object> params = choices(field, legend, options);
        params.put("values", values(status(field).getActualValue()));
        return params;
    }

    /**
     * Options for a date input of a {@link DateParts} field: inputs named FIELD.day, FIELD.month and
     * FIELD.year, with ids FIELD-day and so on; when the field has an error, the inputs at fault are
     * highlighted, or all of them if the error is not about the parts themselves.
     */
    public Map<String, Object> dateInput(String field, Object legend, Object options) {
        Map<String, Object> params = fieldset(legend, options);
        params.put("id", field);
        boolean hasError = status(field).isError();
        DateParts parts = dateParts(field);
        Set<DateParts.Part> atFault = hasError
                ? parts.problem().map(DateParts.Problem::parts).orElse(Set.of())
                : Set.of();
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(datePart(field, DateParts.Part.DAY, parts.day(), DAY_MONTH_YEAR_CLASSES, atFault));
        items.add(datePart(field, DateParts.Part.MONTH, parts.month(), DAY_MONTH_YEAR_CLASSES, atFault));
        items.add(datePart(field, DateParts.Part.YEAR, parts.year(), YEAR_CLASSES, atFault));
        params.put("items", items);
        putError(params, field);
        return params;
    }

    /**
     * Options for the error summary of the current {@code th:object}, or null when it has no errors:
     * errors that are not about one field first, unlinked; then the first error of each field, in the
     * order the form object declares its fields (which is normally the order of the page), each
     * linking to the field's first input.
     */
    public Map<String, Object> errorSummary() {
        IThymeleafBindStatus all = FieldUtils.getBindStatus(context, false, FieldUtils.ALL_FIELDS);
        Errors errors = all == null ? null : all.getErrors();
        if (errors == null || !errors.hasErrors()) {
            return null;
        }
        List<Map<String, Object>> errorList = new ArrayList<>();
        for (ObjectError error : errors.getGlobalErrors()) {
            errorList.add(Map.of("text", message(error)));
        }
        Set<String> fields = new LinkedHashSet<>();
        fieldErrorsInDeclarationOrder(errors).forEach(error -> {
            if (fields.add(error.getField())) {
                errorList.add(Map.of("text", message(error), "href", "#" + firstInputId(error.getField())));
            }
        });
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("titleText", requestContext().getMessage("form.errorSummary.title"));
        params.put("errorList", errorList);
        return params;
    }

    private Map<String, Object> labelled(String field, Object label, Object options) {
        Map<String, Object> params = copy(options);
        if (label != null) {
            params.put("label", with(params.get("label"), "text", label));
        }
        params.put("id", field);
        params.put("name", field);
        putError(params, field);
        return params;
    }

    private Map<String, Object> choices(String field, Object legend, Object options) {
        Map<String, Object> params = fieldset(legend, options);
        params.put("idPrefix", field);
        params.put("name", field);
        putError(params, field);
        return params;
    }

    private Map<String, Object> fieldset(Object legend, Object options) {
        Map<String, Object> params = copy(options);
        if (legend != null) {
            Map<String, Object> fieldset = copy(params.get("fieldset"));
            fieldset.put("legend", with(fieldset.get("legend"), "text", legend));
            params.put("fieldset", fieldset);
        }
        return params;
    }

    private Map<String, Object> datePart(String field, DateParts.Part part, String value, String classes,
            Set<DateParts.Part> atFault) {
        String name = part.name().toLowerCase(Locale.ROOT);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", field + "-" + name);
        item.put("name", field + "." + name);
        item.put("label", requestContext().getMessage("date." + name));
        item.put("classes", classes);
        item.put("value", value);
        if (atFault.contains(part)) {
            item.put("error", true);
        }
        return item;
    }

    private void putError(Map<String, Object> params, String field) {
        IThymeleafBindStatus status = status(field);
        if (status.isError()) {
            params.put("errorMessage", with(params.get("errorMessage"), "text", status.getErrorMessages()[0]));
        }
    }

    /** The id of the input an error summary links to for field: a date input's first part at fault. */
    private String firstInputId(String field) {
        Object value = status(field).getActualValue();
        if (value instanceof DateParts parts) {
            DateParts.Part first = parts.problem()
                    .flatMap(problem -> problem.parts().stream().sorted().findFirst())
                    .orElse(DateParts.Part.DAY);
            return field + "-" + first.name().toLowerCase(Locale.ROOT);
        }
        return field;
    }

    private List<FieldError> fieldErrorsInDeclarationOrder(Errors errors) {
        List<String> declared = errors instanceof BindingResult result && result.getTarget() != null
                ? declaredProperties(result.getTarget().getClass())
                : List.of();
        return errors.getFieldErrors().stream()
                .sorted(Comparator.comparingInt(error -> {
                    int index = declared.indexOf(error.getField().split("[.\\[]", 2)[0]);
                    return index < 0 ? declared.size() : index;
                }))
                .toList();
    }

    private static List<String> declaredProperties(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        }
        List<String> names = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            names.addAll(0, Arrays.stream(c.getDeclaredFields()).map(Field::getName).toList());
        }
        return names;
    }

    private DateParts dateParts(String field) {
        return status(field).getActualValue() instanceof DateParts parts ? parts : DateParts.of(null);
    }

    private IThymeleafBindStatus status(String field) {
        return FieldUtils.getBindStatus(context, "*{" + field + "}");
    }

    private String message(ObjectError error) {
        return requestContext().getMessage(error, false);
    }

    private IThymeleafRequestContext requestContext() {
        return SpringContextUtils.getRequestContext(context);
    }

    /** A bound value as the component compares it with its items' values. */
    private static Object value(Object value) {
        return value instanceof Enum<?> constant ? constant.name() : value;
    }

    private static List<Object> values(Object actual) {
        Collection<?> all = actual instanceof Collection<?> collection ? collection
                : actual instanceof Object[] array ? Arrays.asList(array)
                : actual == null ? List.of() : List.of(actual);
        return all.stream().map(each -> (Object) (each == null ? null : String.valueOf(value(each)))).toList();
    }

    private static Map<String, Object> copy(Object options) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (options instanceof Map<?, ?> map) {
            map.forEach((name, value) -> copy.put(String.valueOf(name), value));
        }
        return copy;
    }

    private static Map<String, Object> with(Object options, String name, Object value) {
        Map<String, Object> copy = copy(options);
        copy.put(name, value);
        return copy;
    }
}
