package heard.security.signin;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import heard.security.config.SecurityConfiguration;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session once it is {@code heard.security.session.absolute-timeout} old (10 hours
 * by default), however busy it has been (ASVS 7.3.2); the idle timeout is the session store's own.
 * A session's age is measured on the clock the session store records it with (the system clock,
 * as Spring Session's are), not on Heard's, which tests move by days.
 */
public class AbsoluteSessionTimeout extends OncePerRequestFilter {

    private final Duration limit;
    private final Clock sessionStoreClock;

    public AbsoluteSessionTimeout(Duration limit, Clock sessionStoreClock) {
        this.limit = limit;
        this.sessionStoreClock = sessionStoreClock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && signedIn(session)
                && Instant.ofEpochMilli(session.getCreationTime()).plus(limit).isBefore(sessionStoreClock.instant())) {
            session.invalidate();
            response.sendRedirect(request.getContextPath() + SecurityConfiguration.SIGN_IN + "?expired");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean signedIn(HttpSession session) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
    }
}
