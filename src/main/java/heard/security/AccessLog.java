package heard.security;

import java.time.Instant;
import java.util.stream.Collectors;

import heard.security.config.AccessDecisions;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The access log (ASVS 16.3.2): one line for every authorization decision, allowed and refused, to the
 * logger {@value #LOGGER}, which the README says how to send to a file or a SIEM. A line says who (username,
 * or {@code anonymous}), their roles, the request's method, its route pattern and path (never its query string
 * or body: search terms and personal data are posted, and a path holds no more than a record's reference), the
 * rule decided, the decision and when. The decisions of the address rules and of each handler's
 * {@code @PreAuthorize} come as Spring Security's authorization events ({@link AccessDecisions}); a module
 * deciding on a record (a case the person has no part in) writes its decision here too.
 */
public final class AccessLog {

    public static final String LOGGER = "heard.security.access";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private AccessLog() {
    }

    /** A module's decision on one record, for the person signed in, by the request in hand. */
    public static void record(String recordType, String reference, boolean allowed, Instant at) {
        write(allowed, SecurityContextHolder.getContext().getAuthentication(), "record:" + recordType + " " + reference,
                currentRequest(), at);
    }

    public static void write(boolean allowed, Authentication who, String rule, HttpServletRequest request, Instant at) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        String method = request == null ? "-" : request.getMethod();
        String path = request == null ? "-" : request.getRequestURI().substring(request.getContextPath().length());
        Object pattern = request == null ? null : request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        LOG.info("decision={} user={} roles={} method={} route={} path={} rule={} at={}", allowed ? "ALLOWED" : "REFUSED",
                username(who), roles(who), method, pattern == null ? "-" : pattern, path, rule, at);
    }

    private static String username(Authentication who) {
        return who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated() ? "anonymous"
                : who.getName();
    }

    private static String roles(Authentication who) {
        if (who == null || who instanceof AnonymousAuthenticationToken) {
            return "-";
        }
        String roles = who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length())).sorted()
                .collect(Collectors.joining(","));
        return roles.isEmpty() ? "-" : roles;
    }

    public static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
