package heard.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Sends a person still holding a one-time password to choose their own before anything else. */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD_PATH = "/account/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && mustChange(authentication) && !allowed(request)) {
            response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PATH);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean mustChange(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .anyMatch(a -> LocalAccountDetailsService.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(CHANGE_PASSWORD_PATH) || path.equals("/sign-out") || path.startsWith("/assets/")
                || path.equals("/error");
    }
}
