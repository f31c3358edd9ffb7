package heard.security.config;

import java.lang.reflect.Method;

import heard.security.AccessLog;
import heard.security.ConfirmedRecently;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Decides a handler's {@code @PreAuthorize} before anything else of the request is looked at: before its
 * parameters are read (so that a person refused the page is refused, not told a parameter is missing) and
 * before {@link ConfirmedRecently} asks them to confirm who they are (so nobody confirms for a page they
 * cannot have). The method-security proxy still decides again when the handler is called, and publishes its
 * decision for the {@link AccessLog}; a refusal here, where the proxy is never reached, is published from here.
 * An expression that reads the handler's arguments ({@code #name}) is left to the proxy alone.
 */
class AuthorizeBeforeBinding implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager decisions = new PreAuthorizeAuthorizationManager();

    private final AuthorizationEventPublisher publisher;

    AuthorizeBeforeBinding(RoleHierarchy roles, AuthorizationEventPublisher publisher) {
        this.publisher = publisher;
        DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
        expressions.setRoleHierarchy(roles);
        decisions.setExpressionHandler(expressions);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || readsArguments(method)) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        SimpleMethodInvocation invocation = new SimpleMethodInvocation(method.getBean(), method.getMethod());
        AuthorizationResult result = decisions.authorize(() -> authentication, invocation);
        if (result != null && !result.isGranted()) {
            publisher.publishAuthorizationEvent(() -> authentication, invocation, result);
            throw new AuthorizationDeniedException("Access Denied", result);
        }
        return true;
    }

    private static boolean readsArguments(HandlerMethod handler) {
        Method method = handler.getMethod();
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(AopUtils.getTargetClass(handler.getBean()), PreAuthorize.class);
        }
        return rule != null && rule.value().contains("#");
    }
}
