package heard.security.signin;

import heard.security.ConfirmedRecently;
import heard.security.web.ConfirmIdentityController;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/** Sends a person to confirm who they are before a {@link ConfirmedRecently} handler, unless they did so recently. */
public class ConfirmedRecentlyInterceptor implements HandlerInterceptor {

    private final RecentConfirmation confirmation;

    public ConfirmedRecentlyInterceptor(RecentConfirmation confirmation) {
        this.confirmation = confirmation;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        ConfirmedRecently marked = handler instanceof HandlerMethod method ? marking(method) : null;
        if (marked == null || confirmation.holds(SecurityContextHolder.getContext().getAuthentication())) {
            return true;
        }
        response.sendRedirect(UriComponentsBuilder.fromPath(request.getContextPath() + ConfirmIdentityController.PATH)
                .queryParam("continue", continueAt(request, marked)).encode().build().toUriString());
        return false;
    }

    private static ConfirmedRecently marking(HandlerMethod method) {
        ConfirmedRecently onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), ConfirmedRecently.class);
        return onMethod != null ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), ConfirmedRecently.class);
    }

    /** The page to go on to once confirmed: this one for a GET; for a POST, the form that posts it. */
    private static String continueAt(HttpServletRequest request, ConfirmedRecently marked) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("GET".equals(request.getMethod())) {
            return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        }
        return marked.returnTo().isEmpty() ? path : marked.returnTo();
    }
}
