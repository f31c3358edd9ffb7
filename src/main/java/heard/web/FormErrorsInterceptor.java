package heard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Tells the layout when the page's form has errors, so that its title begins "Error:" as the
 * GOV.UK error-message pattern asks (screen reader users hear it first).
 */
class FormErrorsInterceptor implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView view) {
        if (view != null && view.getModel().values().stream()
                .anyMatch(v -> v instanceof BindingResult result && result.hasErrors())) {
            view.addObject("formErrors", true);
        }
    }
}
