package heard.security.config;

import java.io.IOException;
import java.time.Clock;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.security.AccessLog;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * Every refusal of a signed-in person (a page their role does not open, a form without its token) is
 * written to the audit trail, with who, when and what they asked for, and to the log (ASVS 16.3.2; a refusal
 * that is no authorization decision, such as a missing token, to the {@link AccessLog} too); then
 * they are shown the "you cannot see this page" page.
 */
class RefusalsAreRecorded implements AccessDeniedHandler {

    /** The subject type of a refused request in the audit trail; its id is the method and address. */
    static final String SUBJECT = "request";

    private static final Logger LOG = LoggerFactory.getLogger(RefusalsAreRecorded.class);
    private static final int LONGEST_ID = 100;

    private final AuditTrail audit;
    private final Clock clock;
    private final AccessDeniedHandler page = new AccessDeniedHandlerImpl();

    RefusalsAreRecorded(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException, ServletException {
        String what = request.getMethod() + " " + request.getRequestURI().substring(request.getContextPath().length());
        LOG.info("Refused {}: {}", what, refusal.getMessage());
        if (!(refusal instanceof AuthorizationDeniedException)) {
            // A refusal that is not an authorization decision (a form without its token): the access log has it too.
            AccessLog.write(false, SecurityContextHolder.getContext().getAuthentication(),
                    refusal.getClass().getSimpleName(), request, clock.instant());
        }
        audit.noted(new AuditSubject(SUBJECT, what.length() <= LONGEST_ID ? what : what.substring(0, LONGEST_ID)),
                "refused", "Refused " + what + " (" + refusal.getClass().getSimpleName() + ")");
        page.handle(request, response, refusal);
    }
}
