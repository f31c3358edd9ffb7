package heard.security.config;

import java.time.Instant;

import heard.security.AccessLog;
import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationEvent;
import org.springframework.security.authorization.method.MethodInvocationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Spring Security publishes an event for each decision of the address rules and of method security, but by
 * default only the refusals: this publisher publishes every decision, and each is written to the
 * {@link AccessLog}.
 */
@Configuration(proxyBeanMethods = false)
public class AccessDecisions {

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        SpringAuthorizationEventPublisher publisher = new SpringAuthorizationEventPublisher(events);
        publisher.setShouldPublishResult(result -> result != null);
        return publisher;
    }

    @EventListener
    void on(AuthorizationEvent event) {
        Object decided = event.getObject() instanceof MethodInvocationResult result ? result.getMethodInvocation()
                : event.getObject();
        HttpServletRequest request = decided instanceof HttpServletRequest r ? r : AccessLog.currentRequest();
        String rule = decided instanceof MethodInvocation invocation
                ? "method:" + invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName()
                : "address";
        AccessLog.write(event.getAuthorizationResult().isGranted(), who(event), rule, request,
                Instant.ofEpochMilli(event.getTimestamp()));
    }

    /** Method security outside a request (a job) may have no one to ask about: logged as anonymous. */
    private static Authentication who(AuthorizationEvent event) {
        try {
            return event.getAuthentication().get();
        } catch (AuthenticationException nobody) {
            return null;
        }
    }
}
