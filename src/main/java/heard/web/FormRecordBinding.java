package heard.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.BeansException;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.Errors;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.util.WebUtils;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;

/**
 * Binds a form record ({@code @ModelAttribute} of a record type, followed by its {@link BindingResult}) so that the
 * handler always gets a form, whatever the request holds: a date whose fields are missing is a date left blank
 * ({@link DateParts} of empty parts, which the form's checks then report), and a value that cannot be converted
 * (a word for a number, an unknown choice) is an error on its field with the form built without it, where Spring
 * would keep the errors on no form at all and the page could not be shown again. A form carrying a file, sent as
 * one, is left to Spring's own binding. A NUL character in a value is left out. The page is then shown again with the errors in its summary: a client's
 * mistake is a 200 with a message, never a 500.
 */
class FormRecordBinding implements HandlerMethodArgumentResolver {

    private final ServletModelAttributeMethodProcessor others = new ServletModelAttributeMethodProcessor(false);

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        Class<?>[] all = parameter.getExecutable().getParameterTypes();
        int next = parameter.getParameterIndex() + 1;
        return parameter.hasParameterAnnotation(ModelAttribute.class) && type.isRecord()
                && next < all.length && Errors.class.isAssignableFrom(all[next]);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer model, NativeWebRequest request,
                                  WebDataBinderFactory binders) throws Exception {
        HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
        if (WebUtils.getNativeRequest(servlet, MultipartRequest.class) != null && Arrays.stream(
                parameter.getParameterType().getRecordComponents()).anyMatch(FormRecordBinding::holdsFiles)) {
            return others.resolveArgument(parameter, model, request, binders);
        }
        String name = ModelFactory.getNameForParameter(parameter);
        WebDataBinder binder = binders.createBinder(request, null, name, ResolvableType.forMethodParameter(parameter));
        binder.construct(new Form(servlet, parameter.getParameterType()));
        Object form = binder.getTarget();
        if (form == null) {
            return others.resolveArgument(parameter, model, request, binders);
        }
        // Spring keeps the errors of unreadable values on no form at all when it built the form without them; and
        // its own result, read by the page, would try to grow a list or nested form the request left short.
        BindingResult result = new FormResult(form, name);
        result.addAllErrors(binder.getBindingResult());
        Map<String, Object> bound = result.getModel();
        model.removeAttributes(bound);
        model.addAllAttributes(bound);
        return form;
    }

    /** A file, or a list or array of files: Spring's own binding reads those from the multipart request. */
    private static boolean holdsFiles(RecordComponent component) {
        ResolvableType type = ResolvableType.forType(component.getGenericType());
        ResolvableType element = type.isArray() ? type.getComponentType() : type.asCollection().getGeneric(0);
        return MultipartFile.class.isAssignableFrom(type.toClass()) || MultipartFile.class.isAssignableFrom(element.toClass());
    }

    /**
     * The form's result as the page reads it: a field the page draws that the form sent back does not have (a list
     * left short, a nested form left out) reads as blank, where a record cannot be grown to hold it.
     */
    private static final class FormResult extends BeanPropertyBindingResult {

        FormResult(Object form, String name) {
            super(form, name, false, 0);
        }

        @Override
        protected Object getActualFieldValue(String field) {
            try {
                return super.getActualFieldValue(field);
            } catch (BeansException beyondTheForm) {
                return null;
            }
        }
    }

    /** The request's values as constructor binding reads them, with blank date fields where a date's are missing. */
    private static final class Form implements DataBinder.ValueResolver {

        private final HttpServletRequest request;
        private final Map<String, String> blanks = new LinkedHashMap<>();

        Form(HttpServletRequest request, Class<?> record) {
            this.request = request;
            for (RecordComponent component : record.getRecordComponents()) {
                if (component.getType() == DateParts.class) {
                    for (String part : List.of("day", "month", "year")) {
                        blanks.put(component.getName() + "." + part, "");
                    }
                }
            }
        }

        @Override
        public Object resolveValue(String name, Class<?> type) {
            String[] values = request.getParameterValues(name);
            if (values == null) {
                return blanks.get(name);
            }
            String[] typed = Arrays.stream(values).map(Form::withoutNul).toArray(String[]::new);
            return typed.length == 1 ? typed[0] : typed;
        }

        /** No form's text means a NUL character, and PostgreSQL cannot store one in text: it is left out. */
        private static String withoutNul(String value) {
            return value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "");
        }

        @Override
        public Set<String> getNames() {
            Set<String> names = new LinkedHashSet<>(blanks.keySet());
            names.addAll(request.getParameterMap().keySet());
            return names;
        }
    }
}
